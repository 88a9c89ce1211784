/** docs/rules.md is generated from the rule data; this fails when someone changes a rule and not the file. */
import { readFileSync } from 'fs';
import { join } from 'path';
import { RULE_IDS, RULES } from '../../../src/domain/targets';
import { renderRulesDoc } from '../../../src/domain/targets/rules-doc';

describe('docs/rules.md', () => {
  it('is up to date with the rule data (run `npm run rules-doc` after changing a rule)', () => {
    const committed = readFileSync(join(__dirname, '../../../docs/rules.md'), 'utf8');
    expect(committed).toBe(renderRulesDoc());
  });

  it('lists every rule with its source and status, and every vote profile with its scope', () => {
    const doc = renderRulesDoc();
    for (const id of RULE_IDS) {
      expect(doc).toContain(`\`${id}\``);
      expect(doc).toContain(RULES[id].source);
    }
    expect(doc).toContain('Hội đồng TĐKT cấp bộ, cấp tỉnh (không phải Hội đồng của trường)');
    expect(doc).toContain('NĐ 152/2025/NĐ-CP Điều 33 khoản 5');
  });
});
