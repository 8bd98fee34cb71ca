package tools

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"runtime/debug"
	"strings"
	"time"

	"github.com/qwenkit/qwenkit/chat"
)

// The kinds of failure a Result's Err can be (test with errors.Is).
var (
	// ErrInvalidArguments: the arguments are not JSON or do not match the
	// tool's schema.
	ErrInvalidArguments = errors.New("invalid arguments")
	// ErrPanic: the function panicked (the Err is a *PanicError).
	ErrPanic = errors.New("panicked")
	// ErrTimeout: the call ran past the tool's timeout.
	ErrTimeout = errors.New("timed out")
	// ErrUnknownTool: no tool of the called name is in the Set.
	ErrUnknownTool = errors.New("unknown tool")
	// ErrResultTooLarge: the result is over WithMaxResultBytes.
	ErrResultTooLarge = errors.New("result too large")
	// ErrBadResult: the function's result cannot be written as JSON.
	ErrBadResult = errors.New("result is not JSON")
)

// Result is the outcome of one call.
type Result struct {
	// Tool is the called tool's name.
	Tool string
	// Content is the JSON text handed to the model: the function's result,
	// or {"error": "..."} when the call failed.
	Content string
	// Err is nil when the function returned normally, else why it did not
	// (one of the Err values above, the caller's context error, or the
	// function's own error, wrapped).
	Err error
	// Elapsed is how long the call took.
	Elapsed time.Duration
}

// Message returns the tool-role message that carries r back to the model in
// answer to call.
func (r Result) Message(call chat.ToolCall) chat.Message {
	return chat.Message{Role: chat.Tool, Content: r.Content, ToolCallID: call.ID, Name: call.Name}
}

// PanicError is a tool function's panic, with the stack where it happened
// (for logs; the model sees only the value).
type PanicError struct {
	// Tool is the name of the tool whose function panicked.
	Tool string
	// Value is what the function passed to panic.
	Value any
	// Stack is the panicking goroutine's stack, as runtime/debug.Stack
	// writes it.
	Stack []byte
}

// Error says which tool panicked and with what value: "tool NAME
// panicked: VALUE". It leaves out the stack.
func (e *PanicError) Error() string { return fmt.Sprintf("tool %s panicked: %v", e.Tool, e.Value) }

// Is makes errors.Is(err, ErrPanic) true.
func (e *PanicError) Is(target error) bool { return target == ErrPanic }

// argsError marks a decode failure of already validated arguments.
type argsError struct{ err error }

func (e *argsError) Error() string { return e.err.Error() }

// errorContent writes {"error": msg}.
func errorContent(msg string) string {
	b, _ := json.Marshal(map[string]string{"error": msg})
	return string(b)
}

// normalizeArgs accepts the shapes models write arguments in: an object, a
// JSON string holding an object (OpenAI's wire shape), or nothing at all
// (no arguments).
func normalizeArgs(args []byte) ([]byte, error) {
	args = bytes.TrimSpace(args)
	if len(args) == 0 || bytes.Equal(args, []byte("null")) {
		return []byte("{}"), nil
	}
	if args[0] == '"' {
		var inner string
		if err := json.Unmarshal(args, &inner); err != nil {
			return nil, fmt.Errorf("%w: %v", ErrInvalidArguments, err)
		}
		return normalizeArgs([]byte(inner))
	}
	return args, nil
}

// Call runs the tool on the model's arguments and always returns a Result
// whose Content the model can read. Invalid arguments are rejected before
// the function runs; a panic is recovered; the call is bounded by the
// tool's timeout and by ctx. It costs a validation of the arguments, a
// goroutine, and the function.
func (t *Tool) Call(ctx context.Context, args json.RawMessage) Result {
	start := time.Now()
	res := t.call(ctx, args)
	res.Tool, res.Elapsed = t.name, time.Since(start)
	return res
}

func (t *Tool) call(ctx context.Context, raw []byte) Result {
	args, err := normalizeArgs(raw)
	if err == nil {
		if verr := t.validator.Validate(args); verr != nil {
			err = fmt.Errorf("%w: %w", ErrInvalidArguments, verr)
		}
	}
	if err != nil {
		return Result{Content: errorContent(fmt.Sprintf("invalid arguments for tool %s: %s", t.name, trimPrefix(err))), Err: err}
	}
	if err := ctx.Err(); err != nil {
		return Result{Content: errorContent(fmt.Sprintf("tool %s not run: %v", t.name, err)), Err: err}
	}
	callCtx, cancel := ctx, context.CancelFunc(func() {})
	if t.cfg.timeout > 0 {
		callCtx, cancel = context.WithTimeout(ctx, t.cfg.timeout)
	}
	defer cancel()

	type outcome struct {
		value any
		err   error
	}
	done := make(chan outcome, 1) // buffered: a late result is dropped, not blocked on
	go func() {
		defer func() {
			if r := recover(); r != nil {
				done <- outcome{err: &PanicError{Tool: t.name, Value: r, Stack: debug.Stack()}}
			}
		}()
		v, err := t.run(callCtx, args)
		done <- outcome{v, err}
	}()

	var out outcome
	select {
	case out = <-done:
	case <-callCtx.Done():
		if ctx.Err() == nil { // our own timeout, not the caller's
			err := fmt.Errorf("tool %s %w after %s", t.name, ErrTimeout, t.cfg.timeout)
			return Result{Content: errorContent(err.Error()), Err: err}
		}
		err := fmt.Errorf("tool %s: %w", t.name, ctx.Err())
		return Result{Content: errorContent(err.Error()), Err: err}
	}
	var ae *argsError
	switch {
	case errors.As(out.err, &ae):
		err := fmt.Errorf("%w: %v", ErrInvalidArguments, ae.err)
		return Result{Content: errorContent(fmt.Sprintf("invalid arguments for tool %s: %v", t.name, ae.err)), Err: err}
	case errors.Is(out.err, ErrPanic):
		return Result{Content: errorContent(out.err.Error()), Err: out.err}
	case out.err != nil:
		return Result{Content: errorContent(out.err.Error()), Err: fmt.Errorf("tool %s: %w", t.name, out.err)}
	}
	text, err := json.Marshal(out.value)
	if err != nil {
		err = fmt.Errorf("tool %s: %w: %v", t.name, ErrBadResult, err)
		return Result{Content: errorContent(err.Error()), Err: err}
	}
	if t.cfg.maxResult > 0 && len(text) > t.cfg.maxResult {
		err := fmt.Errorf("tool %s: %w: %d bytes, limit %d", t.name, ErrResultTooLarge, len(text), t.cfg.maxResult)
		return Result{Content: errorContent(err.Error()), Err: err}
	}
	return Result{Content: string(text)}
}

// trimPrefix drops the "invalid arguments: " that the error's own text
// repeats.
func trimPrefix(err error) string {
	s := err.Error()
	if rest, ok := strings.CutPrefix(s, "invalid arguments: "); ok && rest != "" {
		return rest
	}
	return s
}
