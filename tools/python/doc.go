// Package python is the sandbox that runs the code a model writes: the
// opt-in "python" tool (NewTool) and the runner of tool-integrated reasoning
// blocks (Run).
//
// The interpreter is Starlark (go.starlark.net), a Python dialect with no
// access to anything outside the program: no files, no network, no clock,
// no randomness, no environment; load() is refused. What a program can do
// is compute and print.
//
// # What the model may write
//
// Works as in Python: int (arbitrary size), float, str, bytes, list, tuple,
// dict, set, bool, None; def with default, *args and **kwargs; lambda;
// if/elif/else, for, while, break/continue; list/dict comprehensions;
// conditional expressions; slicing; % formatting and str.format with plain
// fields; top-level control flow and reassignment; recursion (up to
// MaxDepth); print(*args, sep=, end=).
//
// Rewritten before running, each on its own line so error positions still
// point at the model's code:
//   - import math, import math as m, from math import sqrt, pi as p,
//     from math import *: the modules math and json are predeclared, and
//     imports become assignments. Importing anything else (numpy, sympy,
//     itertools, random, os, ...) is a syntax error that lists the
//     available modules.
//   - f-strings, including conversions (!r, !s), format specs ({x:.2f},
//     {n:,}, {v:>8}, {p:.1%}, nested {x:{w}}) and {x=}.
//   - a ** b and x **= y become pow(a, b): Python's precedence and right
//     associativity, exact for integers (2**200), float otherwise.
//   - "...".format(...) and "..." % values on string literals use Python's
//     format mini-language ({:.2f}, %5.1f), which Starlark's own lacks;
//     x is None / x is not None become == / !=.
//   - the statements xs.sort(...) and xs.reverse() (Starlark lists lack
//     them) become xs = sorted(xs, ...) and xs = xs[::-1]: another name for
//     the same list does not see the change.
//
// Added built-ins Starlark lacks: pow (with a modulus), sum, round (half to
// even, as Python), divmod, map and filter (returning lists), format;
// math gains factorial, comb, perm, gcd, lcm, isqrt, prod, fsum, log2,
// log10, log1p, expm1, cbrt, trunc, isclose, isnan, isinf, isfinite, inf,
// nan, tau beside Starlark's math (sqrt, pow, exp, log, floor, ceil, trig,
// hyperbolic, gamma, pi, e, ...); json has dumps/loads beside
// encode/decode.
//
// Rejected by Starlark (the error is returned so the model can rewrite):
// class, try/except/finally, raise (use fail(msg)), with, global and
// nonlocal, yield and generators, async, the walrus :=, chained
// comparisons (a < b < c), is / is not, del of names, star-unpacking in
// assignments, decorators, other modules. Differences that do not fail:
// strings' repr uses double quotes ({"a": 1}), json.dumps writes compact
// JSON, and / on ints gives a float as in Python 3.
//
// # Bounds
//
// Every run is bounded, and running past a bound is an *Error the model
// reads, never a crash:
//   - Steps: MaxSteps bytecode steps (default 10 million, well under a
//     second). This bounds loops and CPU, except inside one built-in call:
//     a single operation on huge integers runs to its end.
//   - Output: MaxOutputBytes of print output (default 16 KiB); more is
//     dropped and counted. The final value's text has the same bound.
//   - Recursion: MaxDepth nested calls (default 1000, Python's limit).
//   - Memory: approximate. Every 16 steps the Go heap's size is compared
//     with its size when the run began; past MaxMemoryBytes (default 256
//     MiB) the heap is collected and, if still over, the run stops. The
//     heap is the whole process's: other goroutines allocating at the same
//     time count against the program, and a program can overshoot by what
//     it allocates between two checks (a few doublings of its largest
//     value). Starlark itself refuses single repetitions over 1 GiB
//     ("x" * n), and pow, factorial, comb and perm refuse results over
//     about 1 Mbit.
//   - Time: the context passed to Run; cancelling it stops the program at
//     its next step.
package python
