/** Where `npm start` can sideload into Excel desktop, and where it has to fall back to the preview. */
function startPlan(platform = process.platform) {
  if (platform === 'win32' || platform === 'darwin') return { kind: 'sideload' };
  return {
    kind: 'preview',
    reason:
      platform === 'linux'
        ? 'Máy này chạy Linux: không có Excel để nạp add-in (sideload).'
        : `Hệ điều hành "${platform}" không có Excel để nạp add-in (sideload).`,
  };
}
module.exports = { startPlan };
