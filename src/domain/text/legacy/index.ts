export { convertTcvn3ToUnicode, convertUnicodeToTcvn3 } from './tcvn3';
export { convertVniToUnicode, convertUnicodeToVni } from './vni';
export { detectLegacyEncoding, toUnicode, fontEncoding, isAllCapsTcvn3Font } from './detect';
export { isVietnameseSyllable } from './syllable';
export { VIETNAMESE_LETTERS } from './tables';
