/** The vote's sheets: settings on "Quy chế", the "Nhật ký phiếu" log, "Kiểm phiếu" and the biên bản. */
export * from './labels';
export * from './names';
export * from './settings';
export * from './settings-read';
export * from './log-sheet';
export * from './log-read';
export * from './count-sheet';
export * from './minutes-sheet';
export * from './compare';
