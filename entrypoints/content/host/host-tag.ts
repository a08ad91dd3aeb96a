/** The one element Glosa adds to a page (its node name, as DOM APIs report it). */
export const HOST_TAG = 'GLOSA-POPOVER';
