package sdk

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"strings"

	"github.com/qwenkit/qwenkit/chat"
	"github.com/qwenkit/qwenkit/schema"
)

// RequestOption adjusts how a helper such as Extract runs: the request it
// builds (sampling, max tokens) or, for Extract, chunked processing.
type RequestOption func(*extractConfig)

// extractConfig is what RequestOptions set.
type extractConfig struct {
	req         Request
	chunkTokens int // 0: the whole document in one request
}

// WithSampling sets the request's sampling settings.
func WithSampling(s Sampling) RequestOption { return func(c *extractConfig) { c.req.Sampling = s } }

// WithMaxTokens caps the reply's length (for Extract with chunks, each
// chunk's reply).
func WithMaxTokens(n int) RequestOption { return func(c *extractConfig) { c.req.MaxTokens = n } }

// ExtractError reports a reply that is not a valid T: cut short, not JSON, or
// not matching T's schema. Text is the reply.
type ExtractError struct {
	Text   string       // the reply's text
	Reason FinishReason // why the reply ended; FinishLength when it was cut short
	Err    error        // what is wrong with the reply: cut short, not valid against T's schema, or not decodable into T
}

// Error returns Err's text, the finish reason and the reply, cut to its
// first 200 bytes.
func (e *ExtractError) Error() string {
	text := e.Text
	if len(text) > 200 {
		text = text[:200] + "…"
	}
	return fmt.Sprintf("sdk: extract: %v (finish reason %s, reply %q)", e.Err, e.Reason, text)
}

// Unwrap returns Err.
func (e *ExtractError) Unwrap() error { return e.Err }

// Extract asks the engine for a T taken from document, as instructions say.
// T's JSON Schema (schema.For, the project's one set of reflection rules) is
// both shown to the model and set as the request's response format, so an
// engine that constrains output (the local one, with the grammar) can only
// produce text of that shape; the reply is then validated against the schema
// and decoded. The cost is one generation plus one schema compilation.
//
// A document whose prompt does not fit the context window is an error that
// wraps ErrContextOverflow and names the sizes; WithChunks processes such a
// document in pieces instead. A reply cut short by the token limit is an
// *ExtractError whose Reason is FinishLength.
func Extract[T any](ctx context.Context, e Engine, instructions, document string, opts ...RequestOption) (T, error) {
	var zero T
	raw, err := schema.For[T]()
	if err != nil {
		return zero, fmt.Errorf("sdk: extract: schema of %T: %w", zero, err)
	}
	out, err := ExtractJSON(ctx, e, instructions, document, raw, opts...)
	if err != nil {
		return zero, err
	}
	var v T
	if err := json.Unmarshal(out, &v); err != nil {
		return zero, &ExtractError{Text: string(out), Reason: FinishStop, Err: fmt.Errorf("decode into %T: %w", zero, err)}
	}
	return v, nil
}

// ExtractJSON is Extract for a JSON Schema given as JSON: it returns the
// value taken from document, compacted to one line, after validating it
// against schemaJSON. An invalid schema is an error before any generation; a
// schema the local engine's grammar cannot enforce is the engine's error
// (wrapping a *grammar.CompileError that names the keyword).
func ExtractJSON(ctx context.Context, e Engine, instructions, document string, schemaJSON json.RawMessage, opts ...RequestOption) (json.RawMessage, error) {
	v, err := schema.Compile(schemaJSON)
	if err != nil {
		return nil, fmt.Errorf("sdk: extract: %w", err)
	}
	var cfg extractConfig
	for _, o := range opts {
		o(&cfg)
	}
	if cfg.chunkTokens > 0 {
		return extractChunks(ctx, e, instructions, document, schemaJSON, v, cfg)
	}
	return extractOne(ctx, e, instructions, document, schemaJSON, v, cfg.req)
}

// extractOne runs one extraction request and returns the validated value.
func extractOne(ctx context.Context, e Engine, instructions, document string, raw json.RawMessage, v *schema.Validator, base Request) (json.RawMessage, error) {
	var sys strings.Builder
	sys.WriteString(strings.TrimSpace(instructions))
	sys.WriteString("\n\nReply with JSON only: one value matching this JSON Schema.\n")
	sys.Write(raw)
	req := base
	req.Messages = []chat.Message{
		{Role: chat.System, Content: sys.String()},
		{Role: chat.User, Content: document},
	}
	req.ResponseFormat = &ResponseFormat{Name: "extract", Schema: raw}
	r, err := Complete(ctx, e, req)
	if errors.Is(err, ErrContextOverflow) {
		return nil, fmt.Errorf("sdk: extract: the document (%d bytes) is too long for the context window; split it with WithChunks: %w", len(document), err)
	}
	if err != nil {
		return nil, err
	}
	if r.Reason == FinishLength {
		return nil, &ExtractError{Text: r.Text, Reason: r.Reason, Err: errors.New("the reply was cut short by the token limit")}
	}
	if err := v.Validate([]byte(r.Text)); err != nil {
		return nil, &ExtractError{Text: r.Text, Reason: r.Reason, Err: err}
	}
	var out bytes.Buffer
	if err := json.Compact(&out, []byte(r.Text)); err != nil {
		return nil, &ExtractError{Text: r.Text, Reason: r.Reason, Err: err}
	}
	return out.Bytes(), nil
}
