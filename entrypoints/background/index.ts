import { defineBackground } from 'wxt/utils/define-background';
import { registerCommands } from './commands';
import { registerGlossaryHandlers } from './glossary-handlers';
import { registerMenus } from './menus';
import { registerNotesHandlers } from './notes-handlers';
import { registerPageFactsHandlers } from './page-facts';

export default defineBackground(() => {
  registerGlossaryHandlers();
  registerNotesHandlers();
  registerPageFactsHandlers();
  registerMenus();
  registerCommands();
});
