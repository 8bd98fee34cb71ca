package python

import (
	"fmt"
	"math"
	"math/big"
	"sort"
	"strconv"
	"strings"

	starjson "go.starlark.net/lib/json"
	starmath "go.starlark.net/lib/math"
	"go.starlark.net/starlark"
	"go.starlark.net/starlarkstruct"
	"go.starlark.net/syntax"
)

// maxIntBits bounds the integers that pow, factorial, comb and perm build
// (about 300,000 decimal digits), so one call cannot exhaust memory.
const maxIntBits = 1 << 20

// predeclared returns the names every program sees besides Starlark's
// built-ins: the modules and the Python built-ins Starlark lacks. out
// receives print's output.
func predeclared(out *boundedWriter) starlark.StringDict {
	return starlark.StringDict{
		"math":        mathModule(),
		"json":        jsonModule(),
		"print":       starlark.NewBuiltin("print", out.print),
		"pow":         starlark.NewBuiltin("pow", pow),
		"sum":         starlark.NewBuiltin("sum", sum),
		"round":       starlark.NewBuiltin("round", round),
		"divmod":      starlark.NewBuiltin("divmod", divmod),
		"map":         starlark.NewBuiltin("map", mapFn),
		"filter":      starlark.NewBuiltin("filter", filter),
		"__fmt":       starlark.NewBuiltin("format", format),
		"format":      starlark.NewBuiltin("format", format),
		"__strformat": starlark.NewBuiltin("format", strFormat),
		"__percent":   starlark.NewBuiltin("%", percent),
	}
}

// moduleNames lists the importable modules among pre (predeclared's
// names) and their members, for the import rewrite.
func moduleNames(pre starlark.StringDict) map[string][]string {
	out := map[string][]string{}
	for name, v := range pre {
		m, ok := v.(*starlarkstruct.Module)
		if !ok {
			continue
		}
		var names []string
		for k := range m.Members {
			names = append(names, k)
		}
		sort.Strings(names)
		out[name] = names
	}
	return out
}

func mathModule() *starlarkstruct.Module {
	m := starlark.StringDict{}
	for k, v := range starmath.Module.Members {
		m[k] = v
	}
	unary := func(name string, f func(float64) float64) *starlark.Builtin {
		return starlark.NewBuiltin("math."+name, func(_ *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
			var x starlark.Value
			if err := starlark.UnpackPositionalArgs(b.Name(), args, kwargs, 1, &x); err != nil {
				return nil, err
			}
			f64, ok := starlark.AsFloat(x)
			if !ok {
				return nil, fmt.Errorf("%s: got %s, want int or float", b.Name(), x.Type())
			}
			return starlark.Float(f(f64)), nil
		})
	}
	pred := func(name string, f func(float64) bool) *starlark.Builtin {
		return starlark.NewBuiltin("math."+name, func(_ *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
			var x starlark.Value
			if err := starlark.UnpackPositionalArgs(b.Name(), args, kwargs, 1, &x); err != nil {
				return nil, err
			}
			f64, ok := starlark.AsFloat(x)
			if !ok {
				return nil, fmt.Errorf("%s: got %s, want int or float", b.Name(), x.Type())
			}
			return starlark.Bool(f(f64)), nil
		})
	}
	m["log2"] = unary("log2", math.Log2)
	m["log10"] = unary("log10", math.Log10)
	m["log1p"] = unary("log1p", math.Log1p)
	m["expm1"] = unary("expm1", math.Expm1)
	m["cbrt"] = unary("cbrt", math.Cbrt)
	m["isnan"] = pred("isnan", math.IsNaN)
	m["isinf"] = pred("isinf", func(f float64) bool { return math.IsInf(f, 0) })
	m["isfinite"] = pred("isfinite", func(f float64) bool { return !math.IsInf(f, 0) && !math.IsNaN(f) })
	m["inf"] = starlark.Float(math.Inf(1))
	m["nan"] = starlark.Float(math.NaN())
	m["tau"] = starlark.Float(2 * math.Pi)
	m["trunc"] = starlark.NewBuiltin("math.trunc", func(_ *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
		var x starlark.Value
		if err := starlark.UnpackPositionalArgs(b.Name(), args, kwargs, 1, &x); err != nil {
			return nil, err
		}
		if i, ok := x.(starlark.Int); ok {
			return i, nil
		}
		f, ok := starlark.AsFloat(x)
		if !ok || math.IsNaN(f) || math.IsInf(f, 0) {
			return nil, fmt.Errorf("math.trunc: cannot truncate %s", x)
		}
		return starlark.NumberToInt(starlark.Float(math.Trunc(f)))
	})
	m["isclose"] = starlark.NewBuiltin("math.isclose", func(_ *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
		var a, c starlark.Value
		relTol, absTol := starlark.Float(1e-9), starlark.Float(0)
		if err := starlark.UnpackArgs(b.Name(), args, kwargs, "a", &a, "b", &c, "rel_tol?", &relTol, "abs_tol?", &absTol); err != nil {
			return nil, err
		}
		x, ok1 := starlark.AsFloat(a)
		y, ok2 := starlark.AsFloat(c)
		if !ok1 || !ok2 {
			return nil, fmt.Errorf("math.isclose: want numbers")
		}
		if x == y {
			return starlark.True, nil
		}
		d := math.Abs(x - y)
		return starlark.Bool(d <= math.Max(float64(relTol)*math.Max(math.Abs(x), math.Abs(y)), float64(absTol))), nil
	})
	intFn := func(name string, n int, f func(args []*big.Int) (*big.Int, error)) *starlark.Builtin {
		return starlark.NewBuiltin("math."+name, func(_ *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
			if len(kwargs) > 0 || n >= 0 && len(args) != n {
				return nil, fmt.Errorf("%s: want %d integer arguments", b.Name(), n)
			}
			ints := make([]*big.Int, len(args))
			for i, a := range args {
				x, ok := a.(starlark.Int)
				if !ok {
					return nil, fmt.Errorf("%s: argument %d is %s, want int", b.Name(), i+1, a.Type())
				}
				ints[i] = x.BigInt()
			}
			r, err := f(ints)
			if err != nil {
				return nil, fmt.Errorf("%s: %v", b.Name(), err)
			}
			return starlark.MakeBigInt(r), nil
		})
	}
	small := func(x *big.Int, what string) (int64, error) {
		if x.Sign() < 0 {
			return 0, fmt.Errorf("%s must be non-negative", what)
		}
		if !x.IsInt64() || x.Int64() > 100000 {
			return 0, fmt.Errorf("%s too large for this sandbox (at most 100000)", what)
		}
		return x.Int64(), nil
	}
	m["factorial"] = intFn("factorial", 1, func(a []*big.Int) (*big.Int, error) {
		n, err := small(a[0], "factorial argument")
		if err != nil {
			return nil, err
		}
		return new(big.Int).MulRange(1, n), nil
	})
	m["comb"] = intFn("comb", 2, func(a []*big.Int) (*big.Int, error) {
		n, err := small(a[0], "n")
		if err != nil {
			return nil, err
		}
		k, err := small(a[1], "k")
		if err != nil {
			return nil, err
		}
		if k > n {
			return big.NewInt(0), nil
		}
		return new(big.Int).Binomial(n, k), nil
	})
	m["perm"] = intFn("perm", 2, func(a []*big.Int) (*big.Int, error) {
		n, err := small(a[0], "n")
		if err != nil {
			return nil, err
		}
		k, err := small(a[1], "k")
		if err != nil {
			return nil, err
		}
		if k > n {
			return big.NewInt(0), nil
		}
		return new(big.Int).MulRange(n-k+1, n), nil
	})
	m["gcd"] = intFn("gcd", -1, func(a []*big.Int) (*big.Int, error) {
		g := new(big.Int)
		for _, x := range a {
			g.GCD(nil, nil, g, new(big.Int).Abs(x))
		}
		return g, nil
	})
	m["lcm"] = intFn("lcm", -1, func(a []*big.Int) (*big.Int, error) {
		l := big.NewInt(1)
		for _, x := range a {
			x = new(big.Int).Abs(x)
			if x.Sign() == 0 {
				return big.NewInt(0), nil
			}
			g := new(big.Int).GCD(nil, nil, l, x)
			l.Mul(l, new(big.Int).Quo(x, g))
			if l.BitLen() > maxIntBits {
				return nil, fmt.Errorf("result too large")
			}
		}
		return l, nil
	})
	m["isqrt"] = intFn("isqrt", 1, func(a []*big.Int) (*big.Int, error) {
		if a[0].Sign() < 0 {
			return nil, fmt.Errorf("isqrt() argument must be nonnegative")
		}
		return new(big.Int).Sqrt(a[0]), nil
	})
	m["prod"] = starlark.NewBuiltin("math.prod", func(_ *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
		var it starlark.Iterable
		var start starlark.Value = starlark.MakeInt(1)
		if err := starlark.UnpackArgs(b.Name(), args, kwargs, "iterable", &it, "start?", &start); err != nil {
			return nil, err
		}
		return fold(it, start, syntax.STAR)
	})
	m["fsum"] = starlark.NewBuiltin("math.fsum", func(_ *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
		var it starlark.Iterable
		if err := starlark.UnpackPositionalArgs(b.Name(), args, kwargs, 1, &it); err != nil {
			return nil, err
		}
		return fold(it, starlark.Float(0), syntax.PLUS)
	})
	return &starlarkstruct.Module{Name: "math", Members: m}
}

func jsonModule() *starlarkstruct.Module {
	m := starlark.StringDict{}
	for k, v := range starjson.Module.Members {
		m[k] = v
	}
	encode := starjson.Module.Members["encode"].(*starlark.Builtin)
	indent := starjson.Module.Members["indent"].(*starlark.Builtin)
	m["loads"] = starjson.Module.Members["decode"]
	m["dumps"] = starlark.NewBuiltin("json.dumps", func(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
		var x starlark.Value
		var ind starlark.Value = starlark.None
		if err := starlark.UnpackArgs(b.Name(), args, kwargs, "obj", &x, "indent?", &ind); err != nil {
			return nil, err
		}
		s, err := starlark.Call(thread, encode, starlark.Tuple{x}, nil)
		if err != nil || ind == starlark.None {
			return s, err
		}
		n, ok := ind.(starlark.Int)
		if !ok {
			return nil, fmt.Errorf("json.dumps: indent must be an int")
		}
		i, _ := n.Int64()
		return starlark.Call(thread, indent, starlark.Tuple{s}, []starlark.Tuple{{starlark.String("indent"), starlark.String(strings.Repeat(" ", int(min(max(i, 0), 16))))}})
	})
	return &starlarkstruct.Module{Name: "json", Members: m}
}

// fold combines the elements of it with op, starting from start.
func fold(it starlark.Iterable, start starlark.Value, op syntax.Token) (starlark.Value, error) {
	iter := it.Iterate()
	defer iter.Done()
	acc := start
	var x starlark.Value
	for iter.Next(&x) {
		var err error
		if acc, err = starlark.Binary(op, acc, x); err != nil {
			return nil, err
		}
	}
	return acc, nil
}

func sum(_ *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	var it starlark.Iterable
	var start starlark.Value = starlark.MakeInt(0)
	if err := starlark.UnpackArgs("sum", args, kwargs, "iterable", &it, "start?", &start); err != nil {
		return nil, err
	}
	return fold(it, start, syntax.PLUS)
}

// pow is Python's pow(base, exp[, mod]): exact for integers (bounded by
// maxIntBits), float otherwise.
func pow(_ *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	var x, y starlark.Value
	var mod starlark.Value = starlark.None
	if err := starlark.UnpackArgs("pow", args, kwargs, "base", &x, "exp", &y, "mod?", &mod); err != nil {
		return nil, err
	}
	xi, xInt := x.(starlark.Int)
	yi, yInt := y.(starlark.Int)
	if xInt && yInt {
		base, exp := xi.BigInt(), yi.BigInt()
		if mod != starlark.None {
			mi, ok := mod.(starlark.Int)
			if !ok {
				return nil, fmt.Errorf("pow: mod must be an int")
			}
			m := mi.BigInt()
			if m.Sign() == 0 {
				return nil, fmt.Errorf("pow: mod must not be zero")
			}
			if exp.Sign() < 0 {
				inv := new(big.Int).ModInverse(base, new(big.Int).Abs(m))
				if inv == nil {
					return nil, fmt.Errorf("pow: base is not invertible for the given modulus")
				}
				base, exp = inv, new(big.Int).Neg(exp)
			}
			r := new(big.Int).Exp(base, exp, new(big.Int).Abs(m))
			if m.Sign() < 0 && r.Sign() != 0 {
				r.Add(r, m)
			}
			return starlark.MakeBigInt(r), nil
		}
		if exp.Sign() >= 0 {
			if base.BitLen() > 1 && (!exp.IsInt64() || int64(base.BitLen()-1)*exp.Int64() > maxIntBits) {
				return nil, fmt.Errorf("pow: result too large for this sandbox (over %d bits)", maxIntBits)
			}
			return starlark.MakeBigInt(new(big.Int).Exp(base, exp, nil)), nil
		}
	}
	if mod != starlark.None {
		return nil, fmt.Errorf("pow: 3-argument pow needs integers")
	}
	xf, ok1 := starlark.AsFloat(x)
	yf, ok2 := starlark.AsFloat(y)
	if !ok1 || !ok2 {
		return nil, fmt.Errorf("unsupported operand types for ** or pow(): %s and %s", x.Type(), y.Type())
	}
	if xf == 0 && yf < 0 {
		return nil, fmt.Errorf("zero cannot be raised to a negative power")
	}
	return starlark.Float(math.Pow(xf, yf)), nil
}

// round is Python's round: half to even; an int without ndigits.
func round(_ *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	var x starlark.Value
	var nd starlark.Value = starlark.None
	if err := starlark.UnpackArgs("round", args, kwargs, "number", &x, "ndigits?", &nd); err != nil {
		return nil, err
	}
	if i, ok := x.(starlark.Int); ok {
		if nd == starlark.None {
			return i, nil
		}
		n, err := starlark.AsInt32(nd)
		if err != nil {
			return nil, fmt.Errorf("round: %v", err)
		}
		if n >= 0 {
			return i, nil
		}
		// Round to a multiple of 10**-n, half to even.
		p := new(big.Int).Exp(big.NewInt(10), big.NewInt(int64(-n)), nil)
		q, r := new(big.Int).QuoRem(i.BigInt(), p, new(big.Int))
		twice := new(big.Int).Mul(new(big.Int).Abs(r), big.NewInt(2))
		if c := twice.Cmp(p); c > 0 || c == 0 && q.Bit(0) == 1 {
			if r.Sign() < 0 {
				q.Sub(q, big.NewInt(1))
			} else {
				q.Add(q, big.NewInt(1))
			}
		}
		return starlark.MakeBigInt(q.Mul(q, p)), nil
	}
	f, ok := starlark.AsFloat(x)
	if !ok {
		return nil, fmt.Errorf("round: got %s, want a number", x.Type())
	}
	if nd == starlark.None {
		if math.IsNaN(f) || math.IsInf(f, 0) {
			return nil, fmt.Errorf("round: cannot convert %v to integer", f)
		}
		return starlark.NumberToInt(starlark.Float(math.RoundToEven(f)))
	}
	n, err := starlark.AsInt32(nd)
	if err != nil {
		return nil, fmt.Errorf("round: %v", err)
	}
	if n < 0 || n > 300 || math.IsNaN(f) || math.IsInf(f, 0) {
		p := math.Pow(10, float64(-n))
		return starlark.Float(math.RoundToEven(f/p) * p), nil
	}
	// Correctly rounded decimal text, as Python does.
	r, _ := strconv.ParseFloat(strconv.FormatFloat(f, 'f', n, 64), 64)
	return starlark.Float(r), nil
}

func divmod(_ *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	var x, y starlark.Value
	if err := starlark.UnpackPositionalArgs("divmod", args, kwargs, 2, &x, &y); err != nil {
		return nil, err
	}
	q, err := starlark.Binary(syntax.SLASHSLASH, x, y)
	if err != nil {
		return nil, err
	}
	r, err := starlark.Binary(syntax.PERCENT, x, y)
	if err != nil {
		return nil, err
	}
	return starlark.Tuple{q, r}, nil
}

// mapFn is Python's map, returning a list.
func mapFn(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	if len(args) < 2 || len(kwargs) > 0 {
		return nil, fmt.Errorf("map: want a function and at least one iterable")
	}
	fn, ok := args[0].(starlark.Callable)
	if !ok {
		return nil, fmt.Errorf("map: %s is not callable", args[0].Type())
	}
	iters := make([]starlark.Iterator, len(args)-1)
	for i, a := range args[1:] {
		it, ok := a.(starlark.Iterable)
		if !ok {
			return nil, fmt.Errorf("map: argument %d (%s) is not iterable", i+2, a.Type())
		}
		iters[i] = it.Iterate()
		defer iters[i].Done()
	}
	var out []starlark.Value
	for {
		call := make(starlark.Tuple, len(iters))
		for i, it := range iters {
			if !it.Next(&call[i]) {
				return starlark.NewList(out), nil
			}
		}
		v, err := starlark.Call(thread, fn, call, nil)
		if err != nil {
			return nil, err
		}
		out = append(out, v)
	}
}

// filter is Python's filter, returning a list.
func filter(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	var fn starlark.Value
	var it starlark.Iterable
	if err := starlark.UnpackPositionalArgs("filter", args, kwargs, 2, &fn, &it); err != nil {
		return nil, err
	}
	iter := it.Iterate()
	defer iter.Done()
	var out []starlark.Value
	var x starlark.Value
	for iter.Next(&x) {
		keep := x.Truth()
		if fn != starlark.None {
			v, err := starlark.Call(thread, fn, starlark.Tuple{x}, nil)
			if err != nil {
				return nil, err
			}
			keep = v.Truth()
		}
		if keep {
			out = append(out, x)
		}
	}
	return starlark.NewList(out), nil
}

// format is Python's format(value, spec), also used for f-string fields
// with a conversion (r, s, a or "").
func format(_ *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	var v starlark.Value
	spec, conv := "", ""
	if err := starlark.UnpackPositionalArgs("format", args, kwargs, 1, &v, &spec, &conv); err != nil {
		return nil, err
	}
	switch conv {
	case "r", "a":
		v = starlark.String(v.String())
	case "s":
		if _, ok := v.(starlark.String); !ok {
			v = starlark.String(v.String())
		}
	}
	s, err := formatValue(v, spec)
	if err != nil {
		return nil, fmt.Errorf("format: %v", err)
	}
	return starlark.String(s), nil
}
