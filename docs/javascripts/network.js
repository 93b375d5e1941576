// The post's 3 -> hidden -> 1 sigmoid network, trained in the browser number for number with
// the `descent` package (src/descent/network.py, optimizers.py, engine.py, two_weight.py).
// tests/browser/test_network_js.py holds it to the package; benchmarks/network_js_bench.py times it.

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
// in the package's order (so the same roundings); memory keeps the rule's running sums.
function stepInto(rule, slope, memory, alpha, out) {
  const n = slope.length;
  if (rule === "gradient descent") {
    for (let i = 0; i < n; i++) out[i] = alpha * slope[i];
  } else if (rule === "momentum" || rule === "Nesterov") {
    const velocity = kept(memory, "velocity", n);
    for (let i = 0; i < n; i++) {
      velocity[i] = velocity[i] * MOMENTUM + slope[i];
      out[i] = rule === "momentum" ? alpha * velocity[i] : alpha * (slope[i] + MOMENTUM * velocity[i]);
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

// One step of a rule on one array: optimizers.rule(name)(slope, memory, alpha), memory an {}.
export function step(ruleName, slope, memory, alpha) {
  return Array.from(stepInto(ruleName, Float64Array.from(slope), memory, alpha,
    new Float64Array(slope.length)));
}

// --- the network ------------------------------------------------------------------------------

const sigmoid = (x) => 1 / (1 + Math.exp(-x));
const rows = (flat, width) => Array.from({ length: flat.length / width },
  (_, r) => Array.from(flat.subarray(r * width, (r + 1) * width)));

function checkCount(name, value, least) {
  if (!Number.isInteger(value) || value < least) {
    throw new RangeError(`${name} must be an integer >= ${least}, not ${value}`);
  }
}

// network.train (engine.train for other rules): errors logged at j % every == 0 before that
// step's update; changes count how often each weight's update turned round.
export function train({ alpha, hidden = 4, seed = 1, iterations = 60000, every = 10000,
  rule = "gradient descent", onProgress = null, signal = null } = {}) {
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
  for (let done = 0; done < iterations;) {
    if (signal && signal.aborted) throw Object.assign(new Error("training cancelled"), { name: "AbortError" });
    const last = Math.min(done + PROGRESS_EVERY, iterations);
    run(net, done, last);
    done = last;
    if (onProgress && done < iterations) onProgress(done);
  }
  const errors = {};
  logged.forEach((error, i) => { errors[i * every] = error; });
  if (onProgress) onProgress(iterations);
  return { errors, synapse_0: rows(synapse_0, h), synapse_1: rows(synapse_1, 1),
    changes_0: rows(changes_0, h), changes_1: rows(changes_1, 1) };
}

// Steps first..last - 1 of train: the hot loop, kept apart from the progress calls and the
// cancel check so that the JIT compiles it once and never throws it away; everything it touches
// is a local, read once per call from the net's buffers.
const x = Float64Array.from(X.flat()), targets = Float64Array.from(y);
function run(net, first, last) {
  const { rule, alpha, h, every, plain, synapse_0, synapse_1, layer_1, layer_2, layer_2_delta,
    layer_1_delta, derivative_0, derivative_1, step_0, step_1, falling_0, falling_1, changes_0,
    changes_1, memory_0, memory_1, logged } = net;
  for (let j = first; j < last; j++) {
    // Forward. Every sum runs in index order; OpenBLAS's matrix-vector kernels split theirs
    // into lanes and fuse multiply-adds, so the last bits may differ (the tests allow for it).
    let absolute = 0;
    for (let n = 0; n < 4; n++) {
      let out = 0;
      for (let c = 0; c < h; c++) {
        let sum = 0;
        for (let k = 0; k < 3; k++) sum += x[n * 3 + k] * synapse_0[k * h + c];
        const l1 = layer_1[n * h + c] = sigmoid(sum);
        out += l1 * synapse_1[c];
      }
      const l2 = layer_2[n] = sigmoid(out), error = l2 - targets[n];
      absolute += Math.abs(error);
      layer_2_delta[n] = error * (l2 * (1 - l2));
    }
    if (j % every === 0) logged[j / every] = absolute / 4; // np.mean: the four in order, / 4
    // Backward: layer_1_delta = (layer_2_delta @ synapse_1.T) * layer_1 * (1 - layer_1).
    for (let n = 0; n < 4; n++) {
      for (let c = 0; c < h; c++) {
        const l1 = layer_1[n * h + c];
        layer_1_delta[n * h + c] = layer_2_delta[n] * synapse_1[c] * (l1 * (1 - l1));
      }
    }
    for (let c = 0; c < h; c++) {
      let sum = 0;
      for (let n = 0; n < 4; n++) sum += layer_1[n * h + c] * layer_2_delta[n];
      derivative_1[c] = sum;
      for (let k = 0; k < 3; k++) {
        let s = 0;
        for (let n = 0; n < 4; n++) s += x[n * 3 + k] * layer_1_delta[n * h + c];
        derivative_0[k * h + c] = s;
      }
    }
    stepInto(rule, derivative_1, memory_1, alpha, step_1);
    stepInto(rule, derivative_0, memory_0, alpha, step_0);
    for (let i = 0; i < 3 * h; i++) {
      const falling = (plain ? derivative_0[i] : step_0[i]) < 0 ? 1 : 0;
      if (j > 0 && falling !== falling_0[i]) changes_0[i]++;
      falling_0[i] = falling;
      synapse_0[i] -= step_0[i];
    }
    for (let i = 0; i < h; i++) {
      const falling = (plain ? derivative_1[i] : step_1[i]) < 0 ? 1 : 0;
      if (j > 0 && falling !== falling_1[i]) changes_1[i]++;
      falling_1[i] = falling;
      synapse_1[i] -= step_1[i];
    }
  }
}

// The four outputs of a trained net (nested rows, as train returns them), in X's order.
export function outputs(synapse_0, synapse_1) {
  return X.map((inputs) => sigmoid(synapse_1.reduce((out, [w], c) =>
    out + sigmoid(inputs.reduce((sum, v, k) => sum + v * synapse_0[k][c], 0)) * w, 0)));
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

// two_weight.train from (w0, w1) (by default its seeded start): [w0, w1] after every `every`
// steps, from the start (step 0) to the last step.
export function twoWeight({ w0, w1, alpha = 1, iterations = 10000, every = 100, seed = 1 } = {}) {
  if (!(alpha > 0 && Number.isFinite(alpha))) throw new RangeError(`alpha must be positive, not ${alpha}`);
  checkCount("iterations", iterations, 0); checkCount("every", every, 1);
  if (w0 === undefined || w1 === undefined) {
    const random = randomState(seed);
    [w0, w1] = [2 * random() - 1, 2 * random() - 1];
  }
  const path = [[w0, w1]];
  for (let j = 1; j <= iterations; j++) {
    let d0 = 0, d1 = 0;
    for (let n = 0; n < 4; n++) {
      const [a, b] = X2[n], out = sigmoid(0 + a * w0 + b * w1);
      const delta = (out - y2[n]) * (out * (1 - out));
      d0 += a * delta;
      d1 += b * delta;
    }
    w0 -= alpha * d0;
    w1 -= alpha * d1;
    if (j % every === 0 || j === iterations) path.push([w0, w1]);
  }
  return path;
}
