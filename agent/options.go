// Package agent runs a model in a loop with tools: it builds the prompt
// (system prompt, tools, stored history, the task), generates, runs the
// tool calls the model makes (several at once, results in call order),
// appends the results and generates again, until the model answers without
// calling a tool. Guards stop a run that loops: a step limit, a limit on
// repeated identical calls, and the context.
//
// With a Store and a session id every step is stored before the next model
// call, and Resume continues a run after a crash without repeating a tool
// call whose result was stored. With WithTIR the model's fenced python
// blocks are run in the sandbox (tool-integrated reasoning).
package agent

import (
	"fmt"

	"github.com/qwenkit/qwenkit/sdk"
	"github.com/qwenkit/qwenkit/tools"
	"github.com/qwenkit/qwenkit/tools/python"
)

// Defaults for a run.
const (
	DefaultMaxSteps   = 10
	DefaultParallel   = 4
	DefaultMaxRepeats = 3
)

// Option configures a run.
type Option func(*config) error

type config struct {
	system     string
	tools      *tools.Set
	maxSteps   int
	parallel   int
	maxRepeats int
	sampling   sdk.Sampling
	maxTokens  int
	store      Store
	session    string
	tir        bool
	tirOpts    python.Options
	format     *sdk.ResponseFormat // RunTyped's final answer
	first      sdk.ToolChoice      // the first model call's tool choice
	budget     int                 // prompt token budget (WithContextBudget)
}

func newConfig(opts []Option) (*config, error) {
	c := &config{maxSteps: DefaultMaxSteps, parallel: DefaultParallel, maxRepeats: DefaultMaxRepeats}
	for _, o := range opts {
		if err := o(c); err != nil {
			return nil, err
		}
	}
	if c.tools == nil {
		c.tools, _ = tools.NewSet()
	}
	return c, nil
}

// WithSystem sets the system prompt. Without one, the model's default
// system prompt is used (Qwen2.5's template supplies it).
func WithSystem(prompt string) Option {
	return func(c *config) error { c.system = prompt; return nil }
}

// WithTools offers tools to the model (added to any given before; names
// must be unique).
func WithTools(ts ...*tools.Tool) Option {
	return func(c *config) error {
		if c.tools == nil {
			c.tools, _ = tools.NewSet()
		}
		return c.tools.Add(ts...)
	}
}

// WithToolSet offers the tools of s (replacing any given before).
func WithToolSet(s *tools.Set) Option {
	return func(c *config) error {
		if s == nil {
			return fmt.Errorf("agent: nil tool set")
		}
		c.tools = s
		return nil
	}
}

// WithMaxSteps bounds the model calls of one run (default 10). A run that
// still calls tools at its last step stops with ErrStepLimit.
func WithMaxSteps(n int) Option {
	return func(c *config) error {
		if n < 1 {
			return fmt.Errorf("agent: max steps %d < 1", n)
		}
		c.maxSteps = n
		return nil
	}
}

// WithParallel bounds how many tool calls of one step run at once (default
// 4; 1 runs them one after another).
func WithParallel(n int) Option {
	return func(c *config) error {
		if n < 1 {
			return fmt.Errorf("agent: parallel %d < 1", n)
		}
		c.parallel = n
		return nil
	}
}

// WithMaxRepeats bounds the calls that repeat an earlier call exactly (same
// tool, same arguments). A repeat is not run: the model gets an error
// result saying so. Past n repeats in one run, the run stops with
// ErrRepeatedCalls (default 3).
func WithMaxRepeats(n int) Option {
	return func(c *config) error {
		if n < 0 {
			return fmt.Errorf("agent: max repeats %d < 0", n)
		}
		c.maxRepeats = n
		return nil
	}
}

// WithSampling sets the sampling of every model call (default greedy).
func WithSampling(s sdk.Sampling) Option {
	return func(c *config) error { c.sampling = s; return nil }
}

// WithMaxTokens caps each model call's reply.
func WithMaxTokens(n int) Option {
	return func(c *config) error { c.maxTokens = n; return nil }
}

// WithStore stores the run in session of store: the task and every step are
// appended before the next model call, so Resume can continue after a
// crash.
func WithStore(store Store, session string) Option {
	return func(c *config) error {
		if store == nil || session == "" {
			return fmt.Errorf("agent: a store needs a session id")
		}
		c.store, c.session = store, session
		return nil
	}
}

// WithTIR turns on tool-integrated reasoning (Qwen2.5-Math's format): the
// model's reply stops just after a fenced ```python block, the block is run
// in the sandbox (python.Run with opts), its output is appended to the same
// assistant message as a fenced ```output block, and the model continues
// that message (sdk.Request.Continue) until it answers. The store holds
// the turn as one assistant message per step; Resume joins them. An
// engine must support Continue and StopAfter (the local engine does).
func WithTIR(opts python.Options) Option {
	return func(c *config) error { c.tir, c.tirOpts = true, opts; return nil }
}

// WithFirstToolChoice sets the tool choice of the run's first model call
// (sdk.UseTool(name) forces that tool, sdk.ToolChoice{Mode: sdk.ToolRequired}
// some tool); later calls are left to the model (auto). The local engine
// enforces the choice with its grammar.
func WithFirstToolChoice(c sdk.ToolChoice) Option {
	return func(cfg *config) error { cfg.first = c; return nil }
}

// WithContextBudget bounds each prompt to about tokens tokens (ChatML
// framing included; leave room for the tool definitions and the reply):
// instead of the whole stored session, each model call gets the system
// prompt and the most recent turns that fit, as memory.Store.Context picks
// them. It needs WithMemory; the system prompt is then not stored in the
// session but given on each call (pass WithSystem to Resume too). Older
// turns stay searchable with the search_memory tool.
func WithContextBudget(tokens int) Option {
	return func(c *config) error {
		if tokens < 1 {
			return fmt.Errorf("agent: context budget %d < 1", tokens)
		}
		c.budget = tokens
		return nil
	}
}
