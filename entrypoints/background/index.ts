import { defineBackground } from 'wxt/utils/define-background';
import { registerCommands } from './commands';
import { registerGlossaryHandlers } from './glossary-handlers';

export default defineBackground(() => {
  registerGlossaryHandlers();
  registerCommands();
});
