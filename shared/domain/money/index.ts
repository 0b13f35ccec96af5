export * from './currencies';
export * from './money';
export * from './rates';
export * from './convert';
export * from './formatMoney';
export * from './parseAmount';
export * from './rateCsv';
export * from './amountMessage';
