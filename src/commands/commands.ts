/**
 * Ribbon commands. The only button today opens the task pane, which the manifest does declaratively
 * (ShowTaskpane), so this file just tells Office the function file is ready.
 */
Office.onReady(() => {
  // Nothing to register yet: the ribbon button uses a ShowTaskpane action.
});
