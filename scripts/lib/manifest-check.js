/**
 * Offline checks of manifest.xml against the rules of the Office add-in manifest schema (OfficeApp 1.1 with
 * VersionOverrides 1.0) that this add-in relies on. Used when Microsoft's validation service cannot be
 * reached (no internet here). It is not the full XSD: it checks what a wrong edit most often breaks.
 */
const fs = require('fs');
const path = require('path');
const { XMLParser, XMLValidator } = require('fast-xml-parser');

const TOP_LEVEL_ORDER = [
  'Id',
  'AlternateId',
  'Version',
  'ProviderName',
  'DefaultLocale',
  'DisplayName',
  'Description',
  'IconUrl',
  'HighResolutionIconUrl',
  'SupportUrl',
  'AppDomains',
  'Hosts',
  'Requirements',
  'DefaultSettings',
  'Permissions',
  'VersionOverrides',
];
const REQUIRED = [
  'Id',
  'Version',
  'ProviderName',
  'DefaultLocale',
  'DisplayName',
  'Description',
  'IconUrl',
  'DefaultSettings',
  'Permissions',
];
const PERMISSIONS = ['Restricted', 'ReadDocument', 'ReadAllDocument', 'WriteDocument', 'ReadWriteDocument'];

function pngSize(file) {
  const buf = fs.readFileSync(file);
  if (buf.readUInt32BE(0) !== 0x89504e47) return null;
  return { width: buf.readUInt32BE(16), height: buf.readUInt32BE(20) };
}

/** Returns a list of Vietnamese problem sentences; empty when the manifest passes. */
function checkManifest(xmlText, { assetsDir } = {}) {
  const problems = [];
  const wellFormed = XMLValidator.validate(xmlText);
  if (wellFormed !== true) {
    return [`manifest.xml không phải XML hợp lệ (dòng ${wellFormed.err.line}): ${wellFormed.err.msg}`];
  }
  const ordered = new XMLParser({ ignoreAttributes: false, preserveOrder: true }).parse(xmlText);
  const root = ordered.find((n) => n.OfficeApp);
  if (!root) return ['Thiếu phần tử gốc OfficeApp.'];
  const topNames = root.OfficeApp.map((n) => Object.keys(n).find((k) => k !== ':@')).filter(
    (k) => k && k !== '#text',
  );
  for (const name of REQUIRED)
    if (!topNames.includes(name)) problems.push(`Thiếu phần tử bắt buộc <${name}>.`);
  let last = -1;
  for (const name of topNames) {
    const idx = TOP_LEVEL_ORDER.indexOf(name);
    if (idx === -1) problems.push(`Phần tử <${name}> không thuộc lược đồ OfficeApp.`);
    else if (idx < last) problems.push(`Phần tử <${name}> sai thứ tự so với lược đồ OfficeApp.`);
    else last = idx;
  }

  const doc = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@' }).parse(xmlText).OfficeApp;
  if (!/^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$/.test(String(doc.Id)))
    problems.push('<Id> phải là một GUID.');
  if (!/^\d{1,5}(\.\d{1,5}){0,3}$/.test(String(doc.Version)))
    problems.push('<Version> phải có dạng 1.0.0.0.');
  if (!PERMISSIONS.includes(doc.Permissions))
    problems.push(`<Permissions> "${doc.Permissions}" không hợp lệ.`);
  if (doc['@xsi:type'] !== 'TaskPaneApp') problems.push('Add-in phải là TaskPaneApp.');
  const displayName = doc.DisplayName?.['@DefaultValue'] ?? '';
  if (!displayName || displayName.length > 125) problems.push('<DisplayName> phải có từ 1 đến 125 ký tự.');
  const description = doc.Description?.['@DefaultValue'] ?? '';
  if (!description || description.length > 250) problems.push('<Description> phải có từ 1 đến 250 ký tự.');
  const sets = [].concat(doc.Requirements?.Sets?.Set ?? []);
  const excelApi = sets.find((s) => s['@Name'] === 'ExcelApi');
  if (!excelApi) problems.push('Thiếu yêu cầu bộ API ExcelApi.');

  // Every URL must be https; every resid used must be declared once.
  const urls = [...xmlText.matchAll(/DefaultValue="(https?:[^"]*)"/g)].map((m) => m[1]);
  for (const url of urls) if (!url.startsWith('https://')) problems.push(`Địa chỉ phải dùng https: ${url}`);
  const declared = new Map();
  for (const m of xmlText.matchAll(/<bt:(Image|Url|String) id="([^"]+)"/g)) {
    if (declared.has(m[2])) problems.push(`Mã tài nguyên "${m[2]}" khai báo hai lần.`);
    declared.set(m[2], m[1]);
  }
  for (const m of xmlText.matchAll(/resid="([^"]+)"/g)) {
    if (!declared.has(m[1])) problems.push(`Mã tài nguyên "${m[1]}" được dùng nhưng chưa khai báo.`);
  }
  for (const m of xmlText.matchAll(/<bt:String id="([^"]+)" DefaultValue="([^"]*)"/g)) {
    const isShort =
      xmlText.indexOf('<bt:ShortStrings>') < m.index && m.index < xmlText.indexOf('</bt:ShortStrings>');
    if (isShort && m[2].length > 125) problems.push(`Chuỗi ngắn "${m[1]}" dài quá 125 ký tự.`);
    if (!isShort && m[2].length > 250) problems.push(`Chuỗi dài "${m[1]}" dài quá 250 ký tự.`);
  }
  // Icons referenced in the ribbon must exist in assets/ at the size they claim.
  if (assetsDir) {
    for (const m of xmlText.matchAll(
      /<bt:Image id="[^"]+" DefaultValue="[^"]*\/assets\/(icon-(\d+)\.png)"/g,
    )) {
      const file = path.join(assetsDir, m[1]);
      if (!fs.existsSync(file)) {
        problems.push(`Không có tệp biểu tượng ${m[1]} trong assets/.`);
        continue;
      }
      const size = pngSize(file);
      if (!size || size.width !== Number(m[2]) || size.height !== Number(m[2]))
        problems.push(`Biểu tượng ${m[1]} không có kích thước ${m[2]}×${m[2]} px.`);
    }
  }
  return problems;
}

/** Rewrites the development address in the manifest to the production one (ADDIN_BASE_URL). */
function rewriteManifestUrls(xmlText, baseUrl) {
  const clean = baseUrl.replace(/\/+$/, '');
  if (!/^https:\/\//.test(clean))
    throw new Error(`ADDIN_BASE_URL phải bắt đầu bằng https:// (đang là "${baseUrl}").`);
  return xmlText.replace(/https:\/\/localhost:3000/g, clean);
}

module.exports = { checkManifest, rewriteManifestUrls };
