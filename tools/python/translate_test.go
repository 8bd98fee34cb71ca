package python

import (
	"context"
	"strings"
	"testing"
)

func TestTranslate(t *testing.T) {
	mods := map[string][]string{"math": {"pi", "sqrt"}, "json": {"dumps"}}
	cases := []struct{ in, want string }{
		{"a ** b", "pow(a, b)"},
		{"-x ** 2", "-pow(x, 2)"},
		{"2 ** 3 ** 2", "pow(2, pow(3, 2))"},
		{"a.b[1](c) ** -d.e[0]", "pow(a.b[1](c), -d.e[0])"},
		{"(a + b) ** 2", "pow((a + b), 2)"},
		{"f(**kw)", "f(**kw)"},
		{"def g(*a, **kw): pass", "def g(*a, **kw): pass"},
		{"x **= y + 1  # c", "x = pow(x, y + 1)  # c"},
		{"s = '**' + \"a ** b\"", "s = '**' + \"a ** b\""},
		{"import math", "pass"},
		{"import math, json as j", "j = json"},
		{"    from math import sqrt, pi as P", "    sqrt = math.sqrt; P = math.pi"},
		{"from math import (sqrt)", "sqrt = math.sqrt"},
		{"from math import *", "pi = math.pi; sqrt = math.sqrt"},
		{"x is None", "x == None"},
		{"x is not None", "x != None"},
		{"island = 1", "island = 1"},
		{`f"a{x}b"`, `("a" + __fmt((x), "", "") + "b")`},
		{`f'{x!r:>4}'`, `(__fmt((x), ">4", "r"))`},
		{`f"{{x}}"`, `"{x}"`},
		{`rf"\d{x}"`, `(r"\d" + __fmt((x), "", ""))`},
		{`f"{d['k']}".upper()`, `(__fmt((d['k']), "", "")).upper()`},
		{`"{:.2f}".format(x)`, `__strformat("{:.2f}", x)`},
		{`"%d items" % n`, `__percent("%d items", n)`},
		{`"%s" % (a, b)`, `__percent("%s", (a, b))`},
		{`"%d" % x ** 2`, `__percent("%d", pow(x, 2))`},
		{"a % b", "a % b"},
		{"xs.sort()", "xs = sorted(xs)"},
		{"  xs.sort(key=lambda p: p[1], reverse=True)  # c", "  xs = sorted(xs, key=lambda p: p[1], reverse=True)  # c"},
		{"xs.reverse()", "xs = xs[::-1]"},
		{"y = xs.sort()", "y = xs.sort()"},
	}
	for _, c := range cases {
		got, err := translate(c.in, mods)
		if err != nil {
			t.Errorf("%q: %v", c.in, err)
			continue
		}
		if got != c.want {
			t.Errorf("%q:\n got %q\nwant %q", c.in, got, c.want)
		}
	}
	for _, bad := range []string{"import numpy", "from os import path", "x = 'unterminated", "a ** ", `f"{}"`, `f"}"`} {
		if _, err := translate(bad, mods); err == nil {
			t.Errorf("%q translated without error", bad)
		}
	}
	// Rewrites keep every statement on its line.
	src := "import math\nx = 2 ** 10\ny = f\"{x:,}\"\nz = x is None"
	got, err := translate(src, mods)
	if err != nil {
		t.Fatal(err)
	}
	if strings.Count(got, "\n") != strings.Count(src, "\n") {
		t.Fatalf("line count changed: %q", got)
	}
}

func FuzzRun(f *testing.F) {
	for _, s := range []string{
		"print(2 ** 10)", `f"{x:>{w}}"`, "from math import *\nsqrt(2)", `"%d" % 3`, `"{}".format(1)`,
		"x **= 2", "def f(**kw):\n    return kw", "'''a\nb'''", "a is not b",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, code string) {
		// Whatever the code, Run returns (no panic, no hang past its bounds).
		Run(context.Background(), code, Options{MaxSteps: 10_000, MaxOutputBytes: 1 << 10})
	})
}
