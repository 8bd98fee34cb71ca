package sdk

import (
	"context"
	"errors"
	"fmt"
	"strings"

	"github.com/qwenkit/qwenkit/chat"
	"github.com/qwenkit/qwenkit/schema"
)

// RequestOption adjusts a request that a helper such as Extract builds:
// sampling, max tokens, stop strings.
type RequestOption func(*Request)

// WithSampling sets the request's sampling settings.
func WithSampling(s Sampling) RequestOption { return func(r *Request) { r.Sampling = s } }

// WithMaxTokens caps the reply's length.
func WithMaxTokens(n int) RequestOption { return func(r *Request) { r.MaxTokens = n } }

// ExtractError reports a reply that is not a valid T: cut short, not JSON, or
// not matching T's schema. Text is the reply.
type ExtractError struct {
	Text   string
	Reason FinishReason
	Err    error
}

func (e *ExtractError) Error() string {
	text := e.Text
	if len(text) > 200 {
		text = text[:200] + "…"
	}
	return fmt.Sprintf("sdk: extract: %v (finish reason %s, reply %q)", e.Err, e.Reason, text)
}

func (e *ExtractError) Unwrap() error { return e.Err }

// Extract asks the engine for a T taken from document, as instructions say.
// T's JSON Schema (schema.For, the project's one set of reflection rules) is
// both shown to the model and set as the request's response format, so an
// engine that constrains output (the local one, with the grammar) can only
// produce text of that shape; the reply is then validated against the schema
// and decoded. The cost is one generation plus one schema compilation.
func Extract[T any](ctx context.Context, e Engine, instructions, document string, opts ...RequestOption) (T, error) {
	var zero T
	raw, err := schema.For[T]()
	if err != nil {
		return zero, fmt.Errorf("sdk: extract: schema of %T: %w", zero, err)
	}
	v, err := schema.Compile(raw)
	if err != nil {
		return zero, fmt.Errorf("sdk: extract: schema of %T: %w", zero, err)
	}
	var sys strings.Builder
	sys.WriteString(strings.TrimSpace(instructions))
	sys.WriteString("\n\nReply with JSON only: one value matching this JSON Schema.\n")
	sys.Write(raw)
	req := Request{
		Messages: []chat.Message{
			{Role: chat.System, Content: sys.String()},
			{Role: chat.User, Content: document},
		},
		ResponseFormat: &ResponseFormat{Name: "extract", Schema: raw},
	}
	for _, o := range opts {
		o(&req)
	}
	r, err := Complete(ctx, e, req)
	if err != nil {
		return zero, err
	}
	if r.Reason == FinishLength {
		return zero, &ExtractError{Text: r.Text, Reason: r.Reason, Err: errors.New("the reply was cut short by the token limit")}
	}
	out, err := schema.Decode[T]([]byte(r.Text), v)
	if err != nil {
		return zero, &ExtractError{Text: r.Text, Reason: r.Reason, Err: err}
	}
	return out, nil
}
