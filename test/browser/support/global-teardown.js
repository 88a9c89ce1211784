module.exports = async () => {
  if (globalThis.__PREVIEW_SERVER__)
    await new Promise((resolve) => globalThis.__PREVIEW_SERVER__.close(resolve));
};
