import { defineBackground } from 'wxt/utils/define-background';
import { registerCommands } from './commands';
import { registerGlossaryHandlers } from './glossary-handlers';
import { registerLookupMenu } from './lookup-menu';
import { registerNotesHandlers } from './notes-handlers';

export default defineBackground(() => {
  registerGlossaryHandlers();
  registerCommands();
  registerLookupMenu();
  registerNotesHandlers();
});
