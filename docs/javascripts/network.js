// STAND-IN for the engine (issue 21, written on another branch): the lab page was developed
// against this file; at merge the engine's network.js, with the same exports, replaces it.
const X = [[0, 0, 1], [0, 1, 1], [1, 0, 1], [1, 1, 1]];
const Y = [0, 1, 1, 0];

// Mersenne Twister seeded like np.random.RandomState(seed); random_sample's 53-bit doubles.
function randomState(seed) {
  const mt = new Uint32Array(624);
  let index = 624;
  mt[0] = seed >>> 0;
  for (let i = 1; i < 624; i++) {
    const prev = mt[i - 1] ^ (mt[i - 1] >>> 30);
    mt[i] = (Math.imul(1812433253, prev) + i) >>> 0;
  }
  function next() {
    if (index >= 624) {
      for (let i = 0; i < 624; i++) {
        const y = (mt[i] & 0x80000000) | (mt[(i + 1) % 624] & 0x7fffffff);
        mt[i] = mt[(i + 397) % 624] ^ (y >>> 1) ^ (y & 1 ? 0x9908b0df : 0);
      }
      index = 0;
    }
    let y = mt[index++];
    y ^= y >>> 11;
    y ^= (y << 7) & 0x9d2c5680;
    y ^= (y << 15) & 0xefc60000;
    return (y ^ (y >>> 18)) >>> 0;
  }
  return () => ((next() >>> 5) * 67108864 + (next() >>> 6)) / 9007199254740992;
}

const sigmoid = (x) => 1 / (1 + Math.exp(-x));

const RULES = {
  "gradient descent": (g, m, a) => a * g,
  momentum: (g, m, a) => a * (m.v = 0.9 * (m.v || 0) + g),
  Nesterov: (g, m, a) => { m.v = 0.9 * (m.v || 0) + g; return a * (g + 0.9 * m.v); },
  RMSprop: (g, m, a) => { m.s = 0.9 * (m.s || 0) + 0.1 * g * g; return a * g / (Math.sqrt(m.s) + 1e-8); },
  Adam: (g, m, a) => {
    m.m = 0.9 * (m.m || 0) + 0.1 * g; m.s = 0.999 * (m.s || 0) + 0.001 * g * g; m.t = (m.t || 0) + 1;
    return a * (m.m / (1 - 0.9 ** m.t)) / (Math.sqrt(m.s / (1 - 0.999 ** m.t)) + 1e-8);
  },
};

export function outputs(synapse_0, synapse_1) {
  return X.map((x) => sigmoid(synapse_1.reduce((sum, [w], h) =>
    sum + w * sigmoid(x[0] * synapse_0[0][h] + x[1] * synapse_0[1][h] + x[2] * synapse_0[2][h]), 0)));
}

export function train({ alpha, hidden = 4, seed = 1, iterations = 60000, every = 10000,
  rule = "gradient descent", onProgress, signal } = {}) {
  const random = randomState(seed);
  const s0 = [0, 1, 2].map(() => Array.from({ length: hidden }, () => 2 * random() - 1));
  const s1 = Array.from({ length: hidden }, () => [2 * random() - 1]);
  const c0 = s0.map((row) => row.map(() => 0)), c1 = s1.map(() => [0]);
  const p0 = s0.map((row) => row.map(() => false)), p1 = s1.map(() => [false]);
  const m0 = s0.map((row) => row.map(() => ({}))), m1 = s1.map(() => ({}));
  const step = RULES[rule], errors = {};
  for (let j = 0; j < iterations; j++) {
    if (signal && signal.aborted) return null;
    if (onProgress && j % 10000 === 0) onProgress(j / iterations);
    const l1 = X.map((x) => s1.map((_, h) => sigmoid(x[0] * s0[0][h] + x[1] * s0[1][h] + x[2] * s0[2][h])));
    const l2 = l1.map((row) => sigmoid(row.reduce((sum, v, h) => sum + v * s1[h][0], 0)));
    const e2 = l2.map((o, i) => o - Y[i]);
    if (j % every === 0) errors[j] = e2.reduce((s, e) => s + Math.abs(e), 0) / 4;
    const d2 = e2.map((e, i) => e * l2[i] * (1 - l2[i]));
    const d1 = l1.map((row, i) => row.map((v, h) => d2[i] * s1[h][0] * v * (1 - v)));
    const g1 = s1.map((_, h) => l1.reduce((s, row, i) => s + row[h] * d2[i], 0));
    const g0 = s0.map((row, k) => row.map((_, h) => X.reduce((s, x, i) => s + x[k] * d1[i][h], 0)));
    g1.forEach((g, h) => {
      if (j > 0) c1[h][0] += (g < 0) !== p1[h][0];
      p1[h][0] = g < 0;
      s1[h][0] -= step(g, m1[h], alpha);
    });
    g0.forEach((row, k) => row.forEach((g, h) => {
      if (j > 0) c0[k][h] += (g < 0) !== p0[k][h];
      p0[k][h] = g < 0;
      s0[k][h] -= step(g, m0[k][h], alpha);
    }));
  }
  return { errors, synapse_0: s0, synapse_1: s1, changes_0: c0, changes_1: c1 };
}

// Part 4's two-weight net: the output copies the first input.
const X2 = [[0, 1], [0, 1], [1, 0], [1, 0]];
const Y2 = [0, 0, 1, 1];

export function planeError(w0, w1) {
  return X2.reduce((sum, x, i) => sum + (sigmoid(x[0] * w0 + x[1] * w1) - Y2[i]) ** 2, 0);
}

export function twoWeight({ w0, w1, alpha = 1, iterations = 10000, every = 100 }) {
  const path = [[w0, w1]];
  for (let j = 0; j < iterations; j++) {
    let g0 = 0, g1 = 0;
    X2.forEach((x, i) => {
      const o = sigmoid(x[0] * w0 + x[1] * w1), d = (o - Y2[i]) * o * (1 - o);
      g0 += x[0] * d; g1 += x[1] * d;
    });
    w0 -= alpha * g0; w1 -= alpha * g1;
    if ((j + 1) % every === 0 || j + 1 === iterations) path.push([w0, w1]);
  }
  return { path };
}
