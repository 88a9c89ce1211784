/** Display text (Range.text) for the formats the workbook uses. */
import { displayText, formatGeneral } from '../../../src/preview/fake-excel/number-format';

test.each([
  [92.5, 'General', '92.5'],
  [1 / 3, 'General', '0.333333333'],
  [123456789012, 'General', '1.23457E+11'],
  [0.7049, '0.00%', '70.49%'],
  [0.705, '0%', '71%'],
  [9.5, '0.0', '9.5'],
  [9.25, '0.00', '9.25'],
  [1234567.891, '#,##0.00', '1,234,567.89'],
  [-3, '0.00', '-3.00'],
  [-3, '0.00;(0.00)', '(3.00)'],
  [45672, 'dd/mm/yyyy', '15/01/2025'],
  [45672, 'm/d/yyyy', '1/15/2025'],
  [61, '0 "người"', '61 người'],
  [true, 'General', 'TRUE'],
  ['Tổ Toán', '0.00', 'Tổ Toán'],
])('%p shown with %p is %p', (value, format, text) => {
  expect(displayText(value, format)).toBe(text);
});

test('vi-VN shows a decimal comma and a dot between thousands', () => {
  expect(displayText(0.7049, '0.00%', 'vi-VN')).toBe('70,49%');
  expect(displayText(1234567.891, '#,##0.00', 'vi-VN')).toBe('1.234.567,89');
  expect(displayText(9.5, 'General', 'vi-VN')).toBe('9,5');
});

test('General keeps integers whole and trims trailing zeros', () => {
  expect(formatGeneral(61)).toBe('61');
  expect(formatGeneral(0.1 + 0.2)).toBe('0.3');
  expect(formatGeneral(-0.5)).toBe('-0.5');
});
