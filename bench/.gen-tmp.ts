import { generateRegister } from './generate';
const n = Number(process.argv[2] ?? 10000);
const t = performance.now();
const ctx = generateRegister('/tmp/sz', `g${n}.sqlite`, n);
console.log('created', n, Math.round(performance.now() - t), 'ms');
ctx.register.close();
