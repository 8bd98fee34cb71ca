// Package tools turns Go functions into tools a model can call: each tool has
// a name, a description and a JSON Schema for its arguments (made from the Go
// argument type by package schema). A call's arguments are validated before
// the function runs, its result is marshalled to JSON for the model, and
// every failure (invalid arguments, a returned error, a panic, a timeout)
// becomes a result the model reads, {"error": "..."}, never a crash.
//
// A Set holds the tools offered in one request, checks their names, renders
// them for the chat template (chat.ToolSpec) and runs the model's calls,
// several at once when asked.
package tools

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"regexp"
	"time"

	"github.com/qwenkit/qwenkit/chat"
	"github.com/qwenkit/qwenkit/schema"
)

// DefaultTimeout bounds one call of a tool made without WithTimeout.
const DefaultTimeout = 2 * time.Minute

// namePattern is the set of tool names accepted: the characters that Qwen's
// template, the tool-call grammar and OpenAI-compatible servers all allow.
var namePattern = regexp.MustCompile(`^[a-zA-Z0-9_-]{1,64}$`)

// CheckName reports whether name is a valid tool name: 1 to 64 ASCII
// letters, digits, '_' or '-'.
func CheckName(name string) error {
	if !namePattern.MatchString(name) {
		return fmt.Errorf("tools: invalid tool name %q: want 1 to 64 of a-z A-Z 0-9 _ -", name)
	}
	return nil
}

// Tool is one function the model may call. It is read-only after it is made
// and safe for concurrent calls (as safe as its function is).
type Tool struct {
	name        string
	description string
	params      json.RawMessage
	spec        chat.ToolSpec
	validator   *schema.Validator
	run         func(ctx context.Context, args []byte) (any, error)
	cfg         config
}

type config struct {
	timeout   time.Duration
	maxResult int
}

// Option changes how a tool is called.
type Option func(*config)

// WithTimeout bounds each call of the tool to d (0: no bound beyond the
// caller's context). A call past its time returns {"error": "tool NAME timed
// out after D"} at once. Go cannot stop a goroutine: a function that ignores
// its context keeps running in the background until it returns, and its
// result is dropped.
func WithTimeout(d time.Duration) Option {
	return func(c *config) { c.timeout = d }
}

// WithMaxResultBytes bounds the JSON result handed to the model (0: no
// bound). A larger result is replaced by an error saying how large it was, so
// a runaway tool cannot fill the context window.
func WithMaxResultBytes(n int) Option {
	return func(c *config) { c.maxResult = n }
}

// New makes a tool from a typed Go function. The argument schema is
// schema.For[A]() and must describe a JSON object (use a struct; struct{}
// for a tool without arguments). Each call validates the model's arguments
// against it, decodes them into an A, runs fn and marshals its R with
// encoding/json. It costs one reflection and one schema compile.
func New[A, R any](name, description string, fn func(context.Context, A) (R, error), opts ...Option) (*Tool, error) {
	if fn == nil {
		return nil, fmt.Errorf("tools: tool %q: nil function", name)
	}
	params, err := schema.For[A]()
	if err != nil {
		return nil, fmt.Errorf("tools: tool %q: %w", name, err)
	}
	run := func(ctx context.Context, args []byte) (any, error) {
		var a A
		if err := json.Unmarshal(args, &a); err != nil {
			return nil, &argsError{err}
		}
		return fn(ctx, a)
	}
	return newTool(name, description, params, run, opts)
}

// NewRaw makes a tool from a function over JSON text, with a hand-written
// argument schema (a JSON Schema for an object). Arguments are validated
// against it before fn runs; fn's result must be JSON text (nil is written
// as null).
func NewRaw(name, description string, parameters json.RawMessage, fn func(ctx context.Context, args json.RawMessage) (json.RawMessage, error), opts ...Option) (*Tool, error) {
	if fn == nil {
		return nil, fmt.Errorf("tools: tool %q: nil function", name)
	}
	run := func(ctx context.Context, args []byte) (any, error) {
		out, err := fn(ctx, args)
		if err != nil {
			return nil, err
		}
		if out == nil {
			return json.RawMessage("null"), nil
		}
		return out, nil
	}
	return newTool(name, description, parameters, run, opts)
}

func newTool(name, description string, params json.RawMessage, run func(context.Context, []byte) (any, error), opts []Option) (*Tool, error) {
	if err := CheckName(name); err != nil {
		return nil, err
	}
	var top struct {
		Type any `json:"type"`
	}
	if err := json.Unmarshal(params, &top); err != nil || top.Type != "object" {
		return nil, fmt.Errorf("tools: tool %q: the argument schema must be a JSON object schema with \"type\": \"object\", got %.60s", name, params)
	}
	v, err := schema.Compile(params)
	if err != nil {
		return nil, fmt.Errorf("tools: tool %q: %w", name, err)
	}
	spec, err := chat.NewToolSpec(name, description, params)
	if err != nil {
		return nil, fmt.Errorf("tools: tool %q: %w", name, err)
	}
	cfg := config{timeout: DefaultTimeout}
	for _, o := range opts {
		o(&cfg)
	}
	return &Tool{
		name: name, description: description, params: bytes.Clone(params),
		spec: spec, validator: v, run: run, cfg: cfg,
	}, nil
}

// Name returns the tool's name.
func (t *Tool) Name() string { return t.name }

// Description returns what the tool does, as the model reads it.
func (t *Tool) Description() string { return t.description }

// Parameters returns the JSON Schema of the tool's arguments. The caller must
// not modify it.
func (t *Tool) Parameters() json.RawMessage { return t.params }

// Spec returns the tool's definition for a chat request:
// {"type": "function", "function": {"name", "description", "parameters"}}.
func (t *Tool) Spec() chat.ToolSpec { return t.spec }

// Validator returns the compiled argument schema.
func (t *Tool) Validator() *schema.Validator { return t.validator }
