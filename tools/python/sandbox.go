package python

import (
	"context"
	"errors"
	"fmt"
	"runtime"
	"runtime/metrics"
	"strings"
	"sync/atomic"

	"go.starlark.net/resolve"
	"go.starlark.net/starlark"
	"go.starlark.net/syntax"
)

// Defaults for the zero Options.
const (
	DefaultMaxSteps       = 10_000_000
	DefaultMaxOutputBytes = 16 << 10
	DefaultMaxMemoryBytes = 256 << 20
	DefaultMaxDepth       = 1000
	DefaultFilename       = "main.py"
)

// checkEvery is how many Starlark steps pass between two checks of the
// memory and recursion bounds. Each check reads one runtime metric into a
// sample kept for the run (no allocation): a plain arithmetic loop runs at
// 63 to 73 ns per step with the checks on (BenchmarkLoop, on a shared
// 2-core machine). Checking less often would let a doubling value outgrow
// the bound by more between two checks.
const checkEvery = 16

// valueName receives the value of a program's final expression.
const valueName = "__value__"

// Options bound one run. The zero value is the defaults.
type Options struct {
	// MaxSteps bounds the Starlark computation steps (bytecode
	// instructions); 0 means DefaultMaxSteps.
	MaxSteps uint64
	// MaxOutputBytes bounds the captured print output and the final value's
	// text; what is past it is dropped and counted. 0: the default.
	MaxOutputBytes int
	// MaxMemoryBytes bounds the growth of the Go heap while the program
	// runs. It is approximate: see the package doc. 0: the default;
	// negative: no bound.
	MaxMemoryBytes int64
	// MaxDepth bounds the call depth (Python's recursion limit). 0: the
	// default.
	MaxDepth int
	// NoWhile rejects while loops; NoRecursion rejects recursive calls.
	NoWhile, NoRecursion bool
	// Filename names the code in error messages; "" means "main.py".
	Filename string
}

func (o Options) withDefaults() Options {
	if o.MaxSteps == 0 {
		o.MaxSteps = DefaultMaxSteps
	}
	if o.MaxOutputBytes <= 0 {
		o.MaxOutputBytes = DefaultMaxOutputBytes
	}
	if o.MaxMemoryBytes == 0 {
		o.MaxMemoryBytes = DefaultMaxMemoryBytes
	}
	if o.MaxDepth <= 0 {
		o.MaxDepth = DefaultMaxDepth
	}
	if o.Filename == "" {
		o.Filename = DefaultFilename
	}
	return o
}

// Output is what a program printed and computed.
type Output struct {
	// Stdout is the captured print output, cut at the output bound (a
	// final line says how much was dropped).
	Stdout string
	// Value is the repr of the program's final expression statement, as a
	// notebook shows it ("" when the program does not end with an
	// expression, or it is None).
	Value string
	// Steps is the number of computation steps the program took.
	Steps uint64
	// Truncated says output was dropped.
	Truncated bool
}

// Text joins Stdout and Value the way a notebook cell shows them.
func (o Output) Text() string {
	switch {
	case o.Value == "":
		return o.Stdout
	case o.Stdout == "" || strings.HasSuffix(o.Stdout, "\n"):
		return o.Stdout + o.Value
	}
	return o.Stdout + "\n" + o.Value
}

// ErrorKind says why a program failed.
type ErrorKind int

// The kinds of failure.
const (
	SyntaxError  ErrorKind = iota // the code does not parse or resolve (or imports what is not here)
	RuntimeError                  // the code raised an error while running
	StepLimit                     // the program ran past MaxSteps
	MemoryLimit                   // the program grew the heap past MaxMemoryBytes
	DepthLimit                    // the program recursed past MaxDepth
	Canceled                      // the context was cancelled or timed out
)

var kindNames = [...]string{"syntax error", "runtime error", "step limit exceeded", "memory limit exceeded", "recursion limit exceeded", "canceled"}

// String names the kind as the model reads it, e.g. "step limit
// exceeded"; an unknown kind is written "ErrorKind(N)".
func (k ErrorKind) String() string {
	if int(k) < len(kindNames) {
		return kindNames[k]
	}
	return fmt.Sprintf("ErrorKind(%d)", int(k))
}

// Error is a program's failure, in words the model can act on.
type Error struct {
	// Kind says why the program failed.
	Kind ErrorKind
	// Message is the text for the model: Starlark's message with its
	// position or traceback.
	Message string
	// Output is what the program printed before it failed.
	Output Output
}

// Error is the kind, then the message, e.g. "runtime error: Traceback
// (most recent call last): ...".
func (e *Error) Error() string { return e.Kind.String() + ": " + e.Message }

// boundedWriter collects print output up to a bound.
type boundedWriter struct {
	b       strings.Builder
	limit   int
	dropped int
}

func (w *boundedWriter) write(s string) {
	room := w.limit - w.b.Len()
	if len(s) > room {
		w.dropped += len(s) - max(room, 0)
		s = s[:max(room, 0)]
	}
	w.b.WriteString(s)
}

func (w *boundedWriter) String() string {
	if w.dropped == 0 {
		return w.b.String()
	}
	return fmt.Sprintf("%s\n... [output truncated: %d more bytes]\n", w.b.String(), w.dropped)
}

// print is Python's print(*args, sep=" ", end="\n").
func (w *boundedWriter) print(_ *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	sep, end := " ", "\n"
	var flush starlark.Value
	if err := starlark.UnpackArgs("print", nil, kwargs, "sep?", &sep, "end?", &end, "flush?", &flush); err != nil {
		return nil, err
	}
	for i, v := range args {
		if i > 0 {
			w.write(sep)
		}
		if s, ok := starlark.AsString(v); ok {
			w.write(s)
		} else {
			w.write(v.String())
		}
	}
	w.write(end)
	return starlark.None, nil
}

// heapGauge reads the Go heap's size in objects, live or not yet swept.
// It keeps its metrics sample, so a read (every checkEvery steps) allocates
// nothing. One gauge serves one run.
type heapGauge [1]metrics.Sample

func newHeapGauge() *heapGauge {
	return &heapGauge{{Name: "/memory/classes/heap/objects:bytes"}}
}

func (g *heapGauge) bytes() int64 {
	metrics.Read(g[:])
	if g[0].Value.Kind() != metrics.KindUint64 {
		return 0
	}
	return int64(g[0].Value.Uint64())
}

// Run runs code in a fresh sandbox and returns what it printed and its final
// expression's value. A program that fails returns an *Error (with what it
// printed before); other errors do not happen short of a bug. The program
// sees no files, network, clock or randomness, only computation; it is
// bounded by opts and by ctx.
func Run(ctx context.Context, code string, opts Options) (out Output, err error) {
	opts = opts.withDefaults()
	w := &boundedWriter{limit: opts.MaxOutputBytes}
	fail := func(kind ErrorKind, msg string) (Output, error) {
		o := Output{Stdout: w.String(), Truncated: w.dropped > 0, Steps: out.Steps}
		return o, &Error{Kind: kind, Message: msg, Output: o}
	}
	pre := predeclared(w)
	src, err := translate(code, moduleNames(pre))
	if err != nil {
		return fail(SyntaxError, opts.Filename+": "+err.Error())
	}
	fileOpts := &syntax.FileOptions{
		Set: true, While: !opts.NoWhile, TopLevelControl: true, GlobalReassign: true, Recursion: !opts.NoRecursion,
	}
	f, err := fileOpts.Parse(opts.Filename, src, 0)
	if err != nil {
		return fail(SyntaxError, err.Error())
	}
	captureFinalValue(f)
	prog, err := starlark.FileProgram(f, pre.Has)
	if err != nil {
		var el resolve.ErrorList
		if errors.As(err, &el) {
			msgs := make([]string, len(el))
			for i, e := range el {
				msgs[i] = e.Error()
			}
			return fail(SyntaxError, strings.Join(msgs, "\n"))
		}
		return fail(SyntaxError, err.Error())
	}

	var stop atomic.Int32 // the ErrorKind+1 of a bound that stopped the run
	thread := &starlark.Thread{
		Name: "sandbox",
		Load: func(_ *starlark.Thread, module string) (starlark.StringDict, error) {
			return nil, fmt.Errorf("load(%q): loading is not available in this sandbox", module)
		},
	}
	heap := newHeapGauge()
	base := heap.bytes()
	halt := func(kind ErrorKind, reason string) {
		stop.CompareAndSwap(0, int32(kind)+1)
		thread.Cancel(reason)
	}
	thread.OnMaxSteps = func(th *starlark.Thread) {
		switch {
		case th.Steps >= opts.MaxSteps:
			halt(StepLimit, fmt.Sprintf("the program ran more than %d steps (an endless loop, or too much work: make it cheaper)", opts.MaxSteps))
			return
		case th.CallStackDepth() > opts.MaxDepth+1:
			halt(DepthLimit, fmt.Sprintf("calls nested deeper than %d (endless recursion?)", opts.MaxDepth))
			return
		case opts.MaxMemoryBytes > 0 && heap.bytes()-base > opts.MaxMemoryBytes:
			// Garbage counts until it is collected: collect, then look again.
			runtime.GC()
			if heap.bytes()-base > opts.MaxMemoryBytes {
				halt(MemoryLimit, fmt.Sprintf("the program used more than %d MiB of memory", opts.MaxMemoryBytes>>20))
				return
			}
		}
		th.SetMaxExecutionSteps(min(th.Steps+checkEvery, opts.MaxSteps))
	}
	thread.SetMaxExecutionSteps(min(checkEvery, opts.MaxSteps))

	done := make(chan struct{})
	defer close(done)
	go func() {
		select {
		case <-ctx.Done():
			halt(Canceled, ctx.Err().Error())
		case <-done:
		}
	}()

	globals, err := func() (g starlark.StringDict, err error) {
		defer func() {
			if r := recover(); r != nil {
				err = fmt.Errorf("internal error in the interpreter: %v", r)
			}
		}()
		return prog.Init(thread, pre)
	}()
	out.Steps = thread.ExecutionSteps()
	if err != nil {
		msg := err.Error()
		var ee *starlark.EvalError
		if errors.As(err, &ee) {
			msg = traceback(ee)
		}
		if k := stop.Load(); k > 0 {
			return fail(ErrorKind(k-1), msg)
		}
		return fail(RuntimeError, msg)
	}
	out.Stdout, out.Truncated = w.String(), w.dropped > 0
	if v, ok := globals[valueName]; ok && v != starlark.None {
		out.Value = v.String()
		if len(out.Value) > opts.MaxOutputBytes {
			out.Value = fmt.Sprintf("%s... [value truncated: %d more bytes]", out.Value[:opts.MaxOutputBytes], len(out.Value)-opts.MaxOutputBytes)
			out.Truncated = true
		}
	}
	return out, nil
}

// captureFinalValue turns a final expression statement (other than a call
// of print) into an assignment to valueName, so its value can be shown.
func captureFinalValue(f *syntax.File) {
	if len(f.Stmts) == 0 {
		return
	}
	es, ok := f.Stmts[len(f.Stmts)-1].(*syntax.ExprStmt)
	if !ok {
		return
	}
	if call, ok := es.X.(*syntax.CallExpr); ok {
		if id, ok := call.Fn.(*syntax.Ident); ok && id.Name == "print" {
			return
		}
	}
	pos, _ := es.X.Span()
	f.Stmts[len(f.Stmts)-1] = &syntax.AssignStmt{
		OpPos: pos, Op: syntax.EQ,
		LHS: &syntax.Ident{NamePos: pos, Name: valueName},
		RHS: es.X,
	}
}

// maxFrames bounds the frames a traceback shows (the outermost and innermost
// halves are kept).
const maxFrames = 16

// traceback writes a Starlark error as Python does, with runs of one repeated
// frame collapsed and at most maxFrames frames.
func traceback(ee *starlark.EvalError) string {
	type line struct {
		text string
		reps int
	}
	var lines []line
	for _, fr := range ee.CallStack {
		t := fmt.Sprintf("  %s: in %s", fr.Pos, fr.Name)
		if n := len(lines); n > 0 && lines[n-1].text == t {
			lines[n-1].reps++
			continue
		}
		lines = append(lines, line{text: t})
	}
	var b strings.Builder
	b.WriteString("Traceback (most recent call last):\n")
	write := func(l line) {
		b.WriteString(l.text + "\n")
		if l.reps > 0 {
			fmt.Fprintf(&b, "  [previous line repeated %d more times]\n", l.reps)
		}
	}
	if len(lines) > maxFrames {
		for _, l := range lines[:maxFrames/2] {
			write(l)
		}
		fmt.Fprintf(&b, "  [%d more frames]\n", len(lines)-maxFrames)
		lines = lines[len(lines)-maxFrames/2:]
	}
	for _, l := range lines {
		write(l)
	}
	msg := strings.TrimPrefix(ee.Msg, "Starlark computation cancelled: ")
	b.WriteString("Error: " + msg)
	return b.String()
}
