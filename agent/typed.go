package agent

import (
	"context"
	"fmt"

	"github.com/qwenkit/qwenkit/schema"
	"github.com/qwenkit/qwenkit/sdk"
)

// RunTyped runs the loop with every model call constrained to either tool
// calls or a JSON answer matching T's schema (the system prompt shows the
// schema), and decodes the answer into a T. The answer is validated before
// it is decoded; a reply that does not match is an error carrying the
// trace.
func RunTyped[T any](ctx context.Context, e sdk.Engine, task string, opts ...Option) (T, *Result, error) {
	var zero T
	raw, err := schema.For[T]()
	if err != nil {
		return zero, nil, fmt.Errorf("agent: answer type %T: %w", zero, err)
	}
	v, err := schema.Compile(raw)
	if err != nil {
		return zero, nil, fmt.Errorf("agent: answer type %T: %w", zero, err)
	}
	opts = append(opts, func(c *config) error {
		c.format = &sdk.ResponseFormat{Name: "answer", Schema: raw}
		return nil
	})
	res, err := Run(ctx, e, task, opts...)
	if err != nil {
		return zero, res, err
	}
	out, err := schema.Decode[T]([]byte(res.Answer), v)
	if err != nil {
		return zero, res, &RunError{Err: fmt.Errorf("agent: the answer does not match %T: %w", zero, err), Partial: res}
	}
	return out, res, nil
}
