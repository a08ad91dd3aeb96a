/**
 * Stands in for WXT's ContentScriptContext in the content script's bundle (wxt.config.ts aliases it
 * here). WXT's context announces every start to the page, with a window message and a document event
 * that name the extension, and ends the script when it hears them again, so any page could hear Glosa
 * and switch it off by replaying them. Glosa keeps its own lifecycle instead (lifecycle.ts): this
 * context is never used and says nothing.
 */
export class ContentScriptContext {}
