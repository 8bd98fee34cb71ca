package python

import (
	"context"
	"errors"
	"strings"
	"testing"
	"time"
)

// run runs code with small bounds and fails the test on an error.
func run(t *testing.T, code string) Output {
	t.Helper()
	out, err := Run(context.Background(), code, Options{MaxSteps: 200_000})
	if err != nil {
		t.Fatalf("%q: %v", code, err)
	}
	return out
}

// runErr runs code and returns its *Error.
func runErr(t *testing.T, code string, opts Options) *Error {
	t.Helper()
	_, err := Run(context.Background(), code, opts)
	var pe *Error
	if !errors.As(err, &pe) {
		t.Fatalf("%q: err = %v, want a *python.Error", code, err)
	}
	return pe
}

func TestPythonComputes(t *testing.T) {
	cases := []struct{ code, stdout, value string }{
		{"print(1 + 2 * 3)", "7\n", ""},
		{"print(2**200)", "1606938044258990275541962092341162602522202993782792835301376\n", ""},
		{"2 ** 0.5", "", "1.4142135623730951"},
		{"-2 ** 2", "", "-4"},
		{"2 ** 3 ** 2", "", "512"},
		{"2 ** -1", "", "0.5"},
		{"x = 5\nx **= 2\nx", "", "25"},
		{"import math\nprint(math.sqrt(16), math.factorial(20), math.gcd(12, 18), math.isqrt(99))", "4.0 2432902008176640000 6 9\n", ""},
		{"from math import sqrt, pi as P\nround(sqrt(2) * P, 4)", "", "4.4429"},
		{"from math import *\nfloor(e)", "", "2"},
		{"import math as m\nm.comb(10, 3)", "", "120"},
		{"def fact(n):\n    return 1 if n < 2 else n * fact(n - 1)\nfact(25)", "", "15511210043330985984000000"},
		{"n = 0\nwhile n < 10:\n    n += 3\nn", "", "12"},
		{"print(sum([1, 2, 3]), sum([0.5, 0.25], 1), round(2.5), round(3.5), round(-0.5), round(2.675, 2), round(1234, -2))", "6 1.75 2 4 0 2.67 1200\n", ""},
		{"divmod(17, 5)", "", "(3, 2)"},
		{"list(map(lambda x: x * x, [1, 2, 3])), filter(None, [0, 1, 2])", "", "([1, 4, 9], [1, 2])"},
		{"pow(3, 200, 1000), pow(2, -1, 7)", "", "(1, 4)"},
		{"print('a', 'b', sep='-', end='!')\nprint()", "a-b!\n", ""},
		{"x = None\nx is None, 3 is not None", "", "(True, True)"},
		{"json.loads('{\"a\": [1, 2]}')['a'][1]", "", "2"},
		{"10 / 4, 7 // 2, -7 // 2, 7 % 3", "", "(2.5, 3, -4, 1)"},
		{"x = 3\n", "", ""},
		{"xs = [3, 1, 2]\nxs.sort()\nys = [(1, 'b'), (2, 'a')]\nys.sort(key=lambda p: p[1])\nxs.reverse()\nxs, ys", "", `([3, 2, 1], [(2, "a"), (1, "b")])`},
		{"None", "", ""},
	}
	for _, c := range cases {
		out := run(t, c.code)
		if out.Stdout != c.stdout || out.Value != c.value {
			t.Errorf("%q:\n got stdout %q value %q\nwant stdout %q value %q", c.code, out.Stdout, out.Value, c.stdout, c.value)
		}
	}
}

func TestPythonFormatting(t *testing.T) {
	cases := []struct{ code, stdout string }{
		{`x = 3.14159
print(f"{x:.2f} {x:8.3f}| {x:<8.1f}| {x:e} {x!r}")`, "3.14    3.142| 3.1     | 3.141590e+00 3.14159\n"},
		{`n = 1234567
print(f"{n:,} {n:_} {n:>10} {n:010d} {n:x} {n:#x} {n:b}")`, "1,234,567 1_234_567    1234567 0001234567 12d687 0x12d687 100101101011010000111\n"},
		{`print(f"{0.256:.1%} {'ab':^6}| {'ab':*>5} {-3:+d} {3:+d} {True} {None}")`, "25.6%   ab  | ***ab -3 +3 True None\n"},
		{`w = 6
print(f"{'x':>{w}}|{{literal}}|{1+1=}")`, "     x|{literal}|1+1=2\n"},
		{`print(f'''a {"q"}
b''')`, "a q\nb\n"},
		{`print("{:.2f} and {} and {name}".format(2.0 / 3, [1], name="n"))`, "0.67 and [1] and n\n"},
		{`print("%.3f|%5d|%-5s|%s|%r|%%" % (3.14159, 42, "ab", [1], "q"))`, "3.142|   42|ab   |[1]|\"q\"|%\n"},
		{`print("total: %d" % 5 + "!")`, "total: 5!\n"},
		{`print(format(1e-7, "g"), format(123456789.0, ".3g"), format(0.5, "g"))`, "1e-07 1.23e+08 0.5\n"},
	}
	for _, c := range cases {
		if out := run(t, c.code); out.Stdout != c.stdout {
			t.Errorf("%s\n got %q\nwant %q", c.code, out.Stdout, c.stdout)
		}
	}
}

func TestPythonErrorsAreText(t *testing.T) {
	cases := []struct {
		code string
		kind ErrorKind
		want string
	}{
		{"x = (1,", SyntaxError, "main.py:1:"},
		{"print(y)", SyntaxError, "undefined: y"},
		{"class A:\n    pass", SyntaxError, "main.py:1:1"},
		{"import numpy as np", SyntaxError, `module "numpy" is not available`},
		{"1 < 2 < 3", SyntaxError, "does not associate"},
		{"print(1)\nx = 1 / 0", RuntimeError, "main.py:2:7"},
		{"[1, 2][5]", RuntimeError, "index 5 out of range"},
		{"f\"{x\"", SyntaxError, "f-string"},
		{"'{:q}'.format(1)", RuntimeError, "format"},
	}
	for _, c := range cases {
		pe := runErr(t, c.code, Options{MaxSteps: 10_000})
		if pe.Kind != c.kind || !strings.Contains(pe.Message, c.want) {
			t.Errorf("%q: got %v %q, want %v containing %q", c.code, pe.Kind, pe.Message, c.kind, c.want)
		}
	}
	pe := runErr(t, "print('before')\nfail('boom')", Options{})
	if pe.Output.Stdout != "before\n" || !strings.Contains(pe.Message, "boom") || !strings.HasPrefix(pe.Message, "Traceback (most recent call last):") {
		t.Fatalf("runtime error lost the output or the traceback: %+v", pe)
	}
}

func TestPythonHasNoOutsideAccess(t *testing.T) {
	for _, code := range []string{
		"open('/etc/passwd').read()",
		"import os\nos.listdir('/')",
		"from subprocess import run",
		"import time\ntime.time()",
		"import random",
		"__import__('os')",
		"eval('1')",
		"exec('x = 1')",
		"input()",
	} {
		pe := runErr(t, code, Options{})
		if pe.Kind != SyntaxError {
			t.Errorf("%q: got %v %q, want it refused before running", code, pe.Kind, pe.Message)
		}
	}
	pe := runErr(t, `load("other.star", "x")`, Options{})
	if !strings.Contains(pe.Message, "loading is not available") {
		t.Errorf("load: %q", pe.Message)
	}
}

func TestPythonBounds(t *testing.T) {
	pe := runErr(t, "n = 0\nwhile True:\n    n += 1", Options{MaxSteps: 50_000})
	if pe.Kind != StepLimit || !strings.Contains(pe.Message, "more than 50000 steps") {
		t.Fatalf("endless loop: %v %q", pe.Kind, pe.Message)
	}
	pe = runErr(t, "def f(n):\n    return f(n + 1)\nf(0)", Options{MaxDepth: 50})
	if pe.Kind != DepthLimit || !strings.Contains(pe.Message, "[previous line repeated") || strings.Count(pe.Message, "\n") > 25 {
		t.Fatalf("endless recursion: %v %q", pe.Kind, pe.Message)
	}
	pe = runErr(t, "s = 'x'\nfor i in range(60):\n    s = s + s", Options{MaxMemoryBytes: 16 << 20})
	if pe.Kind != MemoryLimit {
		t.Fatalf("doubling string: %v %q", pe.Kind, pe.Message)
	}
	pe = runErr(t, "2 ** (10 ** 8)", Options{})
	if pe.Kind != RuntimeError || !strings.Contains(pe.Message, "too large") {
		t.Fatalf("huge power: %v %q", pe.Kind, pe.Message)
	}
	out, err := Run(context.Background(), "for i in range(1000):\n    print('line', i)", Options{MaxOutputBytes: 100})
	if err != nil {
		t.Fatal(err)
	}
	if !out.Truncated || !strings.HasPrefix(out.Stdout, "line 0\nline 1\n") || !strings.Contains(out.Stdout, "[output truncated: ") || len(out.Stdout) > 160 {
		t.Fatalf("output not bounded: %q", out.Stdout)
	}
	out, err = Run(context.Background(), "'x' * 1000", Options{MaxOutputBytes: 100})
	if err != nil || !out.Truncated || len(out.Value) > 160 {
		t.Fatalf("value not bounded: %q %v", out.Value, err)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 20*time.Millisecond)
	defer cancel()
	_, err = Run(ctx, "while True:\n    pass", Options{MaxSteps: 1 << 40})
	var perr *Error
	if !errors.As(err, &perr) || perr.Kind != Canceled {
		t.Fatalf("cancel: %v", err)
	}
	pe = runErr(t, "while True:\n    pass", Options{NoWhile: true})
	if pe.Kind != SyntaxError || !strings.Contains(pe.Message, "while") {
		t.Fatalf("NoWhile: %v %q", pe.Kind, pe.Message)
	}
	pe = runErr(t, "def f(n):\n    return 1 if n == 0 else f(n - 1)\nf(3)", Options{NoRecursion: true})
	if pe.Kind != RuntimeError || !strings.Contains(pe.Message, "recursively") {
		t.Fatalf("NoRecursion: %v %q", pe.Kind, pe.Message)
	}
}

func TestOutputText(t *testing.T) {
	for _, c := range []struct {
		o    Output
		want string
	}{
		{Output{Stdout: "a\n", Value: "3"}, "a\n3"},
		{Output{Stdout: "a", Value: "3"}, "a\n3"},
		{Output{Value: "3"}, "3"},
		{Output{Stdout: "a\n"}, "a\n"},
	} {
		if got := c.o.Text(); got != c.want {
			t.Errorf("%+v: %q, want %q", c.o, got, c.want)
		}
	}
}
