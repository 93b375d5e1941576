// The post's 3 -> hidden -> 1 sigmoid network, trained in the browser bit for bit as the
// `descent` package trains it (src/descent/network.py, optimizers.py, engine.py, two_weight.py):
// in the post's 2015 arithmetic (src/descent/post_arithmetic.py), the one arithmetic every stored
// run uses. Its sums run in the summation orders recovered from the post's printed numbers, each
// product rounded before it is added (no fused multiply-add; JavaScript has none), and exp is
// correctly rounded (below; Math.exp is not), so the same bits come out on every machine.
// tests/browser/test_network_js.py holds it to the package, test_network_js_exp.py holds exp to
// MPFR; benchmarks/network_js_bench.py times it.

// The article's data: the output is the XOR of the first two inputs; the third is the bias.
export const X = [[0, 0, 1], [0, 1, 1], [1, 0, 1], [1, 1, 1]];
export const y = [0, 1, 1, 0];
export const RULES = ["gradient descent", "momentum", "Nesterov", "AdaGrad", "AdaDelta",
  "RMSprop", "Adam"];

// The constants of optimizers.py, named as there.
const MOMENTUM = 0.9, RMS_DECAY = 0.9, ADADELTA_DECAY = 0.95, ADADELTA_EPSILON = 1e-6;
const ADAM_BETAS = [0.9, 0.999], ADAM_EPSILON = 1e-8, EPSILON = 1e-8;
const PROGRESS_EVERY = 2000; // steps between onProgress calls and cancellation checks

// --- numpy's RandomState: MT19937, seeded by init_genrand, sampled by genrand_res53 ---------

// np.random.RandomState(seed) for an integer seed in [0, 2**32) (numpy's legacy seeding).
export function randomState(seed) {
  if (!Number.isInteger(seed) || seed < 0 || seed > 0xffffffff) {
    throw new RangeError(`seed must be an integer in [0, 2**32), not ${seed}`);
  }
  const mt = new Uint32Array(624);
  mt[0] = seed >>> 0;
  for (let i = 1; i < 624; i++) {
    const s = mt[i - 1] ^ (mt[i - 1] >>> 30);
    mt[i] = Math.imul(1812433253, s) + i; // Math.imul keeps the low 32 bits, as C's uint32 does
  }
  let pos = 624;
  function int32() {
    if (pos === 624) {
      for (let k = 0; k < 624; k++) {
        const v = (mt[k] & 0x80000000) | (mt[(k + 1) % 624] & 0x7fffffff);
        mt[k] = mt[(k + 397) % 624] ^ (v >>> 1) ^ (v & 1 ? 0x9908b0df : 0);
      }
      pos = 0;
    }
    let v = mt[pos++];
    v ^= v >>> 11;
    v ^= (v << 7) & 0x9d2c5680;
    v ^= (v << 15) & 0xefc60000;
    return (v ^ (v >>> 18)) >>> 0;
  }
  // random_sample: 53 random bits in [0, 1), exactly as numpy forms them.
  return () => ((int32() >>> 5) * 67108864 + (int32() >>> 6)) / 9007199254740992;
}

// network.init_weights: synapse_0 (3 x hidden, row by row) then synapse_1, each 2u - 1.
function initWeights(hidden, seed) {
  const random = randomState(seed);
  const synapse_0 = new Float64Array(3 * hidden), synapse_1 = new Float64Array(hidden);
  for (let i = 0; i < synapse_0.length; i++) synapse_0[i] = 2 * random() - 1;
  for (let i = 0; i < hidden; i++) synapse_1[i] = 2 * random() - 1;
  return [synapse_0, synapse_1];
}

// --- the update rules of optimizers.py: how one slope becomes one step ----------------------

// One running sum the rule keeps in memory: zeros at the first step, as np.zeros_like.
function kept(memory, name, n) {
  return memory[name] || (memory[name] = new Float64Array(n));
}

// pair[at] + pair[at + 1] (a double-double) times b, to about 106 bits: Dekker's exact
// product of the high parts (Veltkamp's split) plus the low part's, renormalised.
function timesInto(pair, at, b) {
  const hi = pair[at], p = hi * b;
  let c = 134217729 * hi; const ah = c - (c - hi), al = hi - ah;
  c = 134217729 * b; const bh = c - (c - b), bl = b - bh;
  const e = ((ah * bh - p) + ah * bl + al * bh) + al * bl + pair[at + 1] * b;
  pair[at] = p + e;
  pair[at + 1] = e - (pair[at] - p);
}

// Writes rule(slope, memory, alpha) into out, element by element, with the package's operations
// in the package's order (so the same roundings); memory keeps the rule's running sums. beta is
// momentum's and Nesterov's (their `beta=MOMENTUM`); the other rules have none.
function stepInto(rule, slope, memory, alpha, out, beta = MOMENTUM) {
  const n = slope.length;
  if (rule === "gradient descent") {
    for (let i = 0; i < n; i++) out[i] = alpha * slope[i];
  } else if (rule === "momentum" || rule === "Nesterov") {
    const velocity = kept(memory, "velocity", n);
    for (let i = 0; i < n; i++) {
      velocity[i] = velocity[i] * beta + slope[i];
      out[i] = rule === "momentum" ? alpha * velocity[i] : alpha * (slope[i] + beta * velocity[i]);
    }
  } else if (rule === "AdaGrad" || rule === "RMSprop") {
    const squares = kept(memory, "squares", n);
    for (let i = 0; i < n; i++) {
      squares[i] = rule === "AdaGrad" ? squares[i] * 1.0 + slope[i] * slope[i]
        : squares[i] * RMS_DECAY + (1 - RMS_DECAY) * slope[i] * slope[i];
      out[i] = alpha * slope[i] / (Math.sqrt(squares[i]) + EPSILON);
    }
  } else if (rule === "AdaDelta") {
    const squares = kept(memory, "squares", n), steps = kept(memory, "steps", n);
    for (let i = 0; i < n; i++) {
      squares[i] = squares[i] * ADADELTA_DECAY + (1 - ADADELTA_DECAY) * slope[i] * slope[i];
      const step = Math.sqrt(steps[i] + ADADELTA_EPSILON) / Math.sqrt(squares[i] + ADADELTA_EPSILON) * slope[i];
      steps[i] = steps[i] * ADADELTA_DECAY + (1 - ADADELTA_DECAY) * step * step;
      out[i] = alpha * step;
    }
  } else if (rule === "Adam") {
    const [beta_1, beta_2] = ADAM_BETAS;
    const mean = kept(memory, "mean", n), squares = kept(memory, "squares", n);
    memory.t = (memory.t || 0) + 1;
    // beta ** t: V8's pow is not glibc's, and 1 - 0.999 ** t differs in the last bit for 125
    // of the first 60 000 t. A running double-double product rounds as glibc does for them all.
    const power = memory.powers || (memory.powers = Float64Array.of(1, 0, 1, 0));
    timesInto(power, 0, beta_1);
    timesInto(power, 2, beta_2);
    const meanBias = 1 - power[0], squaresBias = 1 - power[2];
    for (let i = 0; i < n; i++) {
      mean[i] = mean[i] * beta_1 + (1 - beta_1) * slope[i];
      squares[i] = squares[i] * beta_2 + (1 - beta_2) * slope[i] * slope[i];
      out[i] = alpha * (mean[i] / meanBias) / (Math.sqrt(squares[i] / squaresBias) + ADAM_EPSILON);
    }
  } else {
    throw new RangeError(`unknown optimizer ${JSON.stringify(rule)}: choose one of ${RULES.join(", ")}`);
  }
  return out;
}

// One step of a rule on one array: optimizers.rule(name)(slope, memory, alpha), memory an {};
// beta, when given, is momentum's or Nesterov's own (optimizers.momentum(..., beta)).
export function step(ruleName, slope, memory, alpha, beta = MOMENTUM) {
  return Array.from(stepInto(ruleName, Float64Array.from(slope), memory, alpha,
    new Float64Array(slope.length), beta));
}

// --- exp, correctly rounded -------------------------------------------------------------------
// V8's Math.exp is off by one in the last bit for some arguments, and the package's exp is
// correctly rounded (the nearest double to e^x, ties to even): so is this one. A fast path in
// doubles decides nearly every argument; where its error bound cannot decide the rounding, or
// the result is subnormal, exact integer arithmetic (BigInt) does.

// POW2[i] = 2^(i - 1074): every power of two a double holds, so scalings are exact products.
const POW2 = new Float64Array(2098);
POW2[1074] = 1;
for (let i = 1075; i < 2098; i++) POW2[i] = 2 * POW2[i - 1];
for (let i = 1073; i >= 0; i--) POW2[i] = POW2[i + 1] / 2;

// BigInt fixed point: a real v is held as the integer near v * 2^bits.

// ln 2 * 2^bits to within 2, from ln 2 = 2 atanh(1/3) = sum 2 / ((2k + 1) 3^(2k + 1)); each
// term's truncations (< 3 units of 2^-(bits + 16)) vanish under the 16 guard bits.
let ln2Cache = { bits: 0, value: 0n };
function ln2(bits) {
  if (bits > ln2Cache.bits) {
    const g = BigInt(bits + 16);
    let power = (1n << g) / 3n, sum = 0n;
    for (let k = 1n; power > 0n; k += 2n, power /= 9n) sum += power / k;
    ln2Cache = { bits, value: (2n * sum) >> 16n };
  }
  return ln2Cache.value >> BigInt(ln2Cache.bits - bits);
}

// e^v * 2^bits for v = r / 2^bits, |v| < 1/2, to within 64 units: the Taylor series of
// e^(v / 2^16) (12-odd terms at 200 bits, each truncated by < 2 units) squared 16 times,
// carrying 16 extra bits because each squaring doubles the relative error.
const HALVINGS = 16;
function expFixed(r, bits) {
  const w = BigInt(bits + HALVINGS), one = 1n << w; // r / 2^w is v / 2^16
  let term = one, sum = one;
  for (let n = 1n; term !== 0n; n++) sum += (term = ((term * r) >> w) / n);
  for (let i = 0; i < HALVINGS; i++) sum = (sum * sum) >> w;
  return sum >> BigInt(HALVINGS);
}

// The double nearest n * 2^shift (n > 0 a BigInt), ties to even: the quantum is the binary64
// spacing at n's top bit, 2^-1074 for subnormals; at 2^1024 and above, Infinity.
function roundScaled(n, shift) {
  const top = n.toString(2).length - 1 + shift;
  if (top > 1023) return Infinity;
  const quantum = Math.max(top - 52, -1074), drop = BigInt(quantum - shift);
  let mantissa;
  if (drop <= 0n) mantissa = n << -drop;
  else {
    mantissa = n >> drop;
    const rest = n - (mantissa << drop), half = 1n << (drop - 1n);
    if (rest > half || (rest === half && (mantissa & 1n))) mantissa++;
  }
  return Number(mantissa) * POW2[quantum + 1074]; // exact; 2^53 * 2^971 is Infinity, rightly
}

// How many calls have taken exactExp (tests/browser/test_network_js_exp.py reads it).
export let fallbacks = 0;

const bitsOf = new Float64Array(1), wordOf = new BigUint64Array(bitsOf.buffer);

// e^x correctly rounded by Ziv's strategy: x is exactly m * 2^q, so e^x = 2^k e^(x - k ln 2)
// can be had to any precision; if the double nearest the low end of its error interval is
// the one nearest the high end, it is the double nearest e^x (which, for x != 0, is never a
// midpoint: e^x is transcendental). Else the precision doubles; 200 bits decide the known
// worst case of binary64 exp (which needs about 113).
function exactExp(x) {
  fallbacks++;
  bitsOf[0] = x;
  const word = wordOf[0], biased = Number((word >> 52n) & 0x7ffn);
  let m = (word & 0xfffffffffffffn) | (biased ? 1n << 52n : 0n);
  if (word >> 63n) m = -m;
  const q = Math.max(biased, 1) - 1075, k = Math.round(x / Math.LN2);
  for (let bits = 200; ; bits *= 2) {
    const at = q + bits; // x * 2^bits, exact or truncated (< 1 unit)
    const fixed = at >= 0 ? m << BigInt(at) : m >> BigInt(-at);
    const r = fixed - ((BigInt(k) * ln2(bits + 12)) >> 12n); // x - k ln 2, within 3 units
    const e = expFixed(r, bits), slack = 256n; // within 64 + 3 * 1.5 units: 256 is ample
    const low = roundScaled(e - slack, k - bits), high = roundScaled(e + slack, k - bits);
    if (low === high) return low;
  }
}

// The fast path's tables, made once from the exact arithmetic above.
// x = k ln2/128 + r with |r| <= ln2/256; ln2/128 = C1 + C2 + C3 (Cody and Waite): C1 and C2
// have 35 bits, so k C1 and k C2 are exact for |k| < 2^17 and x - k C1 is exact too.
// T holds 2^(j/128), j = 0..127, as hi + lo (about 107 bits) and hi's Veltkamp halves.
const [C1, C2, C3] = (() => {
  const L = ln2(312) >> 7n; // ln2/128 * 2^312
  const c1 = (L + (1n << 269n)) >> 270n, rest = L - (c1 << 270n);
  const c2 = (rest + (1n << 234n)) >> 235n, rest2 = rest - (c2 << 235n);
  return [Number(c1) * POW2[1074 - 42], Number(c2) * POW2[1074 - 77],
    Number(rest2) * POW2[1074 - 312]];
})();
const INV_L = 128 / Math.LN2, SPLIT = 134217729; // 2^27 + 1, Veltkamp's splitter
const T = new Float64Array(4 * 128);
{
  const bits = 256, one = 1n << 256n, step = expFixed(ln2(bits) / 128n, bits); // 2^(1/128)
  for (let j = 0, t = one; j < 128; j++, t = (t * step) >> 256n) {
    const hi = Number(t) * POW2[1074 - 256];
    const lo = Number(t - BigInt(hi * POW2[1074 + 256])) * POW2[1074 - 256];
    const c = SPLIT * hi, high = c - (c - hi);
    T.set([hi, lo, high, hi - high], 4 * j);
  }
}
// The fast path's error bound (absolute, before scaling by 2^(k >> 7)): its error is below
// 2^-76.8 (the polynomial's roundings, ~2^-79 of r^3/6, and the r^8 term dropped, both times
// 2^(j/128) < 2, and the two last additions), and the rounding test adds another 2^-80; six
// times that leaves about one argument in 2^21 to exactExp.
const EPSILON_EXP = POW2[1074 - 74];

// e^x, correctly rounded: NaN -> NaN, -Infinity -> 0, +Infinity -> Infinity, +-0 -> 1.
export function exp(x) {
  // Beyond these e^x rounds to 0 (below 2^-1075) or to Infinity (above 2^1024 - 2^970).
  if (!(x > -745.14 && x < 709.79)) return x !== x ? x : x > 0 ? Infinity : 0;
  const k = Math.round(x * INV_L), j = k & 127, e = k >> 7; // x = (128e + j) ln2/128 + r
  // r = x - k (C1 + C2 + C3) as rh + rl (|rl| <= ulp(rh) / 2) with two-sums: error < 2^-110.
  const t = x - k * C1, t2 = k * C2, s = t - t2, sv = s - t;
  const rl0 = ((t - (s - sv)) - (t2 + sv)) - k * C3;
  const rh = s + rl0, rv = rh - s, rl = (s - (rh - rv)) + (rl0 - rv);
  // e^r - 1 = rh + rh^2/2 + [rh^3/6 + ... + rh^7/5040 + rl + rh rl] = h1 + lo. rh^2 is exact
  // as sq + sqe (Dekker's product of Veltkamp's halves), since the bracket alone is small
  // enough (< 2^-28) for its double roundings to cost < 2^-79.
  const sq = rh * rh, c = SPLIT * rh, ah = c - (c - rh), al = rh - ah;
  const sqe = ((ah * ah - sq) + 2 * ah * al) + al * al;
  const half = 0.5 * sq, h1 = rh + half, e1 = half - (h1 - rh);
  const poly = rh * sq * (1 / 6 + rh * (1 / 24 + rh * (1 / 120 + rh * (1 / 720 + rh / 5040))));
  const lo = poly + (((e1 + rl) + 0.5 * sqe) + rh * rl);
  // 2^(j/128) (1 + h1 + lo) = u + lo2, th * h1 exact as p + pe.
  const i = 4 * j, th = T[i], tl = T[i + 1], p = th * h1;
  const d = SPLIT * h1, bh = d - (d - h1), bl = h1 - bh;
  const pe = ((T[i + 2] * bh - p) + T[i + 2] * bl + T[i + 3] * bh) + T[i + 3] * bl;
  const u = th + p, ue = p - (u - th);
  const lo2 = th * lo + (((ue + pe) + tl) + tl * (h1 + lo));
  // If both ends of the error interval round to one double, e^x does too. Scaling by 2^e is
  // exact while the result is normal (e >= -1021: u > 0.99); subnormal ones go to exactExp, as
  // do those of x in [709.780, 709.79), whose 2^e (2^1024) is no double.
  const low = u + (lo2 - EPSILON_EXP), high = u + (lo2 + EPSILON_EXP);
  return low === high && e >= -1021 && e <= 1023 ? low * POW2[e + 1074] : exactExp(x);
}

// --- the network ------------------------------------------------------------------------------

// exp(-x) is Infinity for x < -709.78, which gives the right limit 0.
const sigmoid = (x) => 1 / (1 + exp(-x));
const rows = (flat, width) => Array.from({ length: flat.length / width },
  (_, r) => Array.from(flat.subarray(r * width, (r + 1) * width)));

function checkCount(name, value, least) {
  if (!Number.isInteger(value) || value < least) {
    throw new RangeError(`${name} must be an integer >= ${least}, not ${value}`);
  }
}

// network.train (engine.train for other rules): errors logged at j % every == 0 before that
// step's update; changes count how often each weight's update turned round. At each of the
// steps in `frames`, onFrame(step, snapshot) gets the weights after that many updates and the
// counts so far, for a replay: training stops there between steps, which changes no bits.
export function train({ alpha, hidden = 4, seed = 1, iterations = 60000, every = 10000,
  rule = "gradient descent", onProgress = null, signal = null, frames = [], onFrame = null } = {}) {
  if (!(alpha > 0 && Number.isFinite(alpha))) throw new RangeError(`alpha must be positive, not ${alpha}`);
  checkCount("hidden", hidden, 1); checkCount("iterations", iterations, 0); checkCount("every", every, 1);
  if (!RULES.includes(rule)) {
    throw new RangeError(`unknown optimizer ${JSON.stringify(rule)}: choose one of ${RULES.join(", ")}`);
  }
  const h = hidden, [synapse_0, synapse_1] = initWeights(h, seed);
  // Every buffer is made once: the loop below allocates nothing.
  const layer_1 = new Float64Array(4 * h), layer_2 = new Float64Array(4);
  const layer_2_delta = new Float64Array(4), layer_1_delta = new Float64Array(4 * h);
  const derivative_0 = new Float64Array(3 * h), derivative_1 = new Float64Array(h);
  const step_0 = new Float64Array(3 * h), step_1 = new Float64Array(h);
  const falling_0 = new Uint8Array(3 * h), falling_1 = new Uint8Array(h);
  const changes_0 = new Int32Array(3 * h), changes_1 = new Int32Array(h);
  const memory_0 = {}, memory_1 = {};
  const logged = new Float64Array(Math.ceil(iterations / every));
  // Plain descent counts turns of the slope itself, as network.train does (no rounding of
  // alpha * slope in between); the other rules count turns of their step.
  const plain = rule === "gradient descent";
  const net = { rule, alpha, h, every, plain, synapse_0, synapse_1, layer_1, layer_2,
    layer_2_delta, layer_1_delta, derivative_0, derivative_1, step_0, step_1, falling_0,
    falling_1, changes_0, changes_1, memory_0, memory_1, logged };
  const stops = onFrame ? [...new Set(frames)].filter((s) => s >= 0 && s <= iterations).sort((a, b) => a - b) : [];
  let next = 0;
  const snap = (done) => {
    if (stops[next] !== done) return;
    next += 1;
    onFrame(done, { synapse_0: rows(synapse_0, h), synapse_1: rows(synapse_1, 1),
      changes_0: rows(changes_0, h), changes_1: rows(changes_1, 1) });
  };
  snap(0);
  for (let done = 0, told = 0; done < iterations;) {
    if (signal && signal.aborted) throw Object.assign(new Error("training cancelled"), { name: "AbortError" });
    const last = Math.min(told + PROGRESS_EVERY, iterations, next < stops.length ? stops[next] : Infinity);
    run(net, done, last);
    done = last;
    snap(done);
    if (done === told + PROGRESS_EVERY && done < iterations) {
      told = done;
      if (onProgress) onProgress(done);
    }
  }
  const errors = {};
  logged.forEach((error, i) => { errors[i * every] = error; });
  if (onProgress) onProgress(iterations);
  return { errors, synapse_0: rows(synapse_0, h), synapse_1: rows(synapse_1, 1),
    changes_0: rows(changes_0, h), changes_1: rows(changes_1, 1) };
}

// The forward pass in the post's 2015 order: layer_1 = sigmoid(X @ synapse_0), each row's
// products (by 0 or 1, so exact) added left to right; layer_2 = sigmoid(layer_1 @ synapse_1),
// product c into lane c mod 4, each lane in order, then (lane 0 + lane 2) + (lane 1 + lane 3),
// as the post's BLAS added it (src/descent/post_arithmetic.py). A lane starts at +0, not at its
// first product: that changes at most a zero's sign, which sigmoid ignores.
const x = Float64Array.from(X.flat()), targets = Float64Array.from(y), lanes = new Float64Array(4);
function forward(h, synapse_0, synapse_1, layer_1, layer_2) {
  for (let n = 0; n < 4; n++) {
    const x0 = x[3 * n], x1 = x[3 * n + 1], x2 = x[3 * n + 2];
    lanes.fill(0);
    for (let c = 0; c < h; c++) {
      const l1 = layer_1[n * h + c] = sigmoid((x0 * synapse_0[c] + x1 * synapse_0[h + c]) +
        x2 * synapse_0[2 * h + c]);
      lanes[c & 3] += l1 * synapse_1[c];
    }
    layer_2[n] = sigmoid((lanes[0] + lanes[2]) + (lanes[1] + lanes[3]));
  }
}

// Steps first..last - 1 of train: the hot loop, kept apart from the progress calls and the
// cancel check so that the JIT compiles it once and never throws it away; everything it touches
// is a local, read once per call from the net's buffers.
function run(net, first, last) {
  const { rule, alpha, h, every, plain, synapse_0, synapse_1, layer_1, layer_2, layer_2_delta,
    layer_1_delta, derivative_0, derivative_1, step_0, step_1, falling_0, falling_1, changes_0,
    changes_1, memory_0, memory_1, logged } = net;
  for (let j = first; j < last; j++) {
    forward(h, synapse_0, synapse_1, layer_1, layer_2);
    let absolute = 0;
    for (let n = 0; n < 4; n++) {
      const l2 = layer_2[n], error = l2 - targets[n];
      absolute += Math.abs(error);
      layer_2_delta[n] = error * (l2 * (1 - l2));
    }
    if (j % every === 0) logged[j / every] = absolute / 4; // np.mean: the four in order, / 4
    // Backward: layer_1_delta = (layer_2_delta @ synapse_1.T) * (layer_1 * (1 - layer_1)).
    for (let n = 0; n < 4; n++) {
      for (let c = 0; c < h; c++) {
        const l1 = layer_1[n * h + c];
        layer_1_delta[n * h + c] = (layer_2_delta[n] * synapse_1[c]) * (l1 * (1 - l1));
      }
    }
    // The slopes, layer_1.T @ layer_2_delta and X.T @ layer_1_delta: each a sum over the
    // four rows in row order, from the first row's product.
    for (let c = 0; c < h; c++) {
      let sum = layer_1[c] * layer_2_delta[0];
      for (let n = 1; n < 4; n++) sum += layer_1[n * h + c] * layer_2_delta[n];
      derivative_1[c] = sum;
      for (let k = 0; k < 3; k++) {
        let s = x[k] * layer_1_delta[c];
        for (let n = 1; n < 4; n++) s += x[n * 3 + k] * layer_1_delta[n * h + c];
        derivative_0[k * h + c] = s;
      }
    }
    stepInto(rule, derivative_1, memory_1, alpha, step_1);
    stepInto(rule, derivative_0, memory_0, alpha, step_0);
    for (let i = 0; i < h; i++) {
      const falling = (plain ? derivative_1[i] : step_1[i]) < 0 ? 1 : 0;
      if (j > 0 && falling !== falling_1[i]) changes_1[i]++;
      falling_1[i] = falling;
      synapse_1[i] -= step_1[i];
    }
    for (let i = 0; i < 3 * h; i++) {
      const falling = (plain ? derivative_0[i] : step_0[i]) < 0 ? 1 : 0;
      if (j > 0 && falling !== falling_0[i]) changes_0[i]++;
      falling_0[i] = falling;
      synapse_0[i] -= step_0[i];
    }
  }
}

// The four outputs of a trained net (nested rows, as train returns them), in X's order: the
// same forward pass, so the lab's last error is the engine's, bit for bit.
export function outputs(synapse_0, synapse_1) {
  const h = synapse_1.length, layer_2 = new Float64Array(4);
  forward(h, Float64Array.from(synapse_0.flat()), Float64Array.from(synapse_1.flat()),
    new Float64Array(4 * h), layer_2);
  return Array.from(layer_2);
}

// The hidden layer of a net (synapse_0 as nested rows): 4 rows, one per example of X, of
// `hidden` unit outputs, from the very forward pass training runs (given no output weights,
// whose half of the pass is then unused), so the lab shows the engine's own bits.
export function hiddenLayer(synapse_0) {
  const h = synapse_0[0].length, layer_1 = new Float64Array(4 * h);
  forward(h, Float64Array.from(synapse_0.flat()), new Float64Array(h), layer_1, new Float64Array(4));
  return rows(layer_1, h);
}

// --- Part 4's two-weight net (two_weight.py): the output copies the first input --------------

const X2 = [[0, 1], [0, 1], [1, 0], [1, 0]], y2 = [0, 0, 1, 1];

// two_weight.sum_squared_error: the sum over the four examples of (output - target)^2, 0 to 4.
export function planeError(w0, w1) {
  let total = 0;
  for (let n = 0; n < 4; n++) {
    const e = sigmoid(w0 * X2[n][0] + w1 * X2[n][1]) - y2[n];
    total += e * e;
  }
  return total;
}

// two_weight.train from (w0, w1) (by default its seeded start) by an update rule (RULES):
// [w0, w1] after every `every` steps, from the start (step 0) to the last step.
export function twoWeight({ w0, w1, alpha = 1, iterations = 10000, every = 100, seed = 1,
  rule = "gradient descent" } = {}) {
  if (!(alpha > 0 && Number.isFinite(alpha))) throw new RangeError(`alpha must be positive, not ${alpha}`);
  checkCount("iterations", iterations, 0); checkCount("every", every, 1);
  if (w0 === undefined || w1 === undefined) {
    const random = randomState(seed);
    [w0, w1] = [2 * random() - 1, 2 * random() - 1];
  }
  if (!RULES.includes(rule)) {
    throw new RangeError(`unknown optimizer ${JSON.stringify(rule)}: choose one of ${RULES.join(", ")}`);
  }
  const path = [[w0, w1]], slope = new Float64Array(2), stepped = new Float64Array(2), memory = {};
  for (let j = 1; j <= iterations; j++) {
    let d0 = 0, d1 = 0;
    for (let n = 0; n < 4; n++) {
      const [a, b] = X2[n], out = sigmoid(0 + a * w0 + b * w1);
      const delta = (out - y2[n]) * (out * (1 - out));
      d0 += a * delta;
      d1 += b * delta;
    }
    slope[0] = d0; slope[1] = d1;
    stepInto(rule, slope, memory, alpha, stepped);  // gradient descent: alpha * slope, as the post
    w0 -= stepped[0];
    w1 -= stepped[1];
    if (j % every === 0 || j === iterations) path.push([w0, w1]);
  }
  return path;
}
