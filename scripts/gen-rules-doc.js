/**
 * npm run rules-doc: regenerates docs/rules.md, the table of every rule the product applies, from the rule
 * data (src/domain/targets/rules-doc.ts renders it, tables padded as Prettier pads them so `npm run lint`
 * accepts the file). A test fails when the committed file differs from a fresh one.
 */
const fs = require('fs');
const path = require('path');

const root = path.join(__dirname, '..');
const out = path.join(root, 'docs', 'rules.md');

/** Lets plain Node load the TypeScript sources (type-stripping only; tsc checks the types elsewhere). */
function registerTypeScript() {
  if (require.extensions['.ts']) return;
  const ts = require('typescript');
  require.extensions['.ts'] = (module, filename) => {
    const source = fs.readFileSync(filename, 'utf8');
    const { outputText } = ts.transpileModule(source, {
      fileName: filename,
      compilerOptions: {
        module: ts.ModuleKind.CommonJS,
        target: ts.ScriptTarget.ES2022,
        esModuleInterop: true,
      },
    });
    module._compile(outputText, filename);
  };
}

function generateRulesDoc() {
  registerTypeScript();
  const { renderRulesDoc } = require('../src/domain/targets/rules-doc.ts');
  return renderRulesDoc();
}

function main() {
  const text = generateRulesDoc();
  fs.mkdirSync(path.dirname(out), { recursive: true });
  // Written to a temporary name and renamed, so a failed run never leaves half a file.
  const temp = `${out}.${process.pid}.tmp`;
  fs.writeFileSync(temp, text);
  fs.renameSync(temp, out);
  console.log(`Đã ghi ${path.relative(root, out)}.`);
}

if (require.main === module) main();

module.exports = { generateRulesDoc };
