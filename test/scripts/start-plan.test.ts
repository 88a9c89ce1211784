// eslint-disable-next-line @typescript-eslint/no-require-imports -- the npm scripts are CommonJS
const { startPlan } = require('../../scripts/lib/platform') as {
  startPlan(platform: string): { kind: 'sideload' | 'preview'; reason?: string };
};

describe('npm start', () => {
  it('sideloads into Excel desktop on Windows and macOS', () => {
    expect(startPlan('win32').kind).toBe('sideload');
    expect(startPlan('darwin').kind).toBe('sideload');
  });

  it('says plainly that Linux has no Excel, and serves the preview instead', () => {
    const plan = startPlan('linux');
    expect(plan.kind).toBe('preview');
    expect(plan.reason).toBe('Máy này chạy Linux: không có Excel để nạp add-in (sideload).');
  });
});
