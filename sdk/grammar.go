package sdk

import (
	"fmt"
	"sync"

	"github.com/qwenkit/qwenkit/chat"
	"github.com/qwenkit/qwenkit/grammar"
)

// constraint is what generation needs from a grammar matcher
// (*grammar.Matcher has these methods).
type constraint interface {
	// Mask sets the bits of the tokens allowed next (and clears the rest).
	Mask(dst []uint64)
	// Accept advances over a token.
	Accept(tok int) error
	// Forced returns the bytes every continuation starts with.
	Forced() []byte
	// Done reports whether the output may end here.
	Done() bool
}

// grammars compiles the constraints of a Local's requests: a response
// format's schema, and the tool-call grammar of a request's tools and tool
// choice. The vocabulary's grammar.Index (its token trie and automaton
// caches, about 100 ms and 16 MB for Qwen2.5's) is prepared on the first
// constrained request and kept for the engine's life. Compiled grammars are kept (up to grammarCacheSize, by their
// source), so a conversation's repeated requests compile once. Safe for
// concurrent use.
type grammars struct {
	voc   grammar.Vocabulary
	stops []int

	ixOnce sync.Once
	ix     *grammar.Index
	ixErr  error

	mu       sync.Mutex
	cache    map[string]*grammar.Grammar
	order    []string
	callable map[string]bool // tool parameter schemas checked by checkCallable (at most callableCacheSize)
}

const callableCacheSize = 256

const grammarCacheSize = 32

func (g *grammars) get(key string, compile func() (*grammar.Grammar, error)) (*grammar.Grammar, error) {
	g.mu.Lock()
	gr, ok := g.cache[key]
	g.mu.Unlock()
	if ok {
		return gr, nil
	}
	gr, err := compile()
	if err != nil {
		return nil, err
	}
	g.mu.Lock()
	defer g.mu.Unlock()
	if g.cache == nil {
		g.cache = map[string]*grammar.Grammar{}
	}
	if _, ok := g.cache[key]; !ok {
		g.cache[key] = gr
		g.order = append(g.order, key)
		if len(g.order) > grammarCacheSize {
			delete(g.cache, g.order[0])
			g.order = g.order[1:]
		}
	}
	return gr, nil
}

// vocab returns the vocabulary as the grammars compile against it: its
// Index, prepared on the first call and kept (nil for a nil vocabulary).
func (g *grammars) vocab() (grammar.Vocabulary, error) {
	if g.voc == nil {
		return nil, nil
	}
	g.ixOnce.Do(func() {
		if ix, ok := g.voc.(*grammar.Index); ok {
			g.ix = ix
			return
		}
		g.ix, g.ixErr = grammar.NewIndex(g.voc)
	})
	if g.ixErr != nil {
		return nil, g.ixErr
	}
	return g.ix, nil
}

// compile runs c on the prepared vocabulary.
func (g *grammars) compile(c func(v grammar.Vocabulary) (*grammar.Grammar, error)) (*grammar.Grammar, error) {
	v, err := g.vocab()
	if err != nil {
		return nil, err
	}
	return c(v)
}

func (g *grammars) options() grammar.Options {
	return grammar.Options{Whitespace: grammar.Separators, StopTokens: g.stops}
}

// schema returns the constraint of a response format: one JSON value
// matching schema (any JSON object when schema is empty), then a stop token.
func (g *grammars) schema(schema []byte) (constraint, error) {
	if len(schema) == 0 {
		schema = []byte(`{"type": "object"}`)
	}
	gr, err := g.get("schema\x00"+string(schema), func() (*grammar.Grammar, error) {
		return g.compile(func(v grammar.Vocabulary) (*grammar.Grammar, error) {
			return grammar.CompileJSONSchema(v, schema, g.options())
		})
	})
	if err != nil {
		return nil, err
	}
	if gr.AcceptsNothing() {
		return nil, &grammar.CompileError{Pointer: "#", Reason: "the schema accepts no JSON value (its constraints contradict each other), so no output can match it"}
	}
	return gr.NewMatcher(), nil
}

// toolCalls returns the constraint of a request with tools: Qwen2.5's
// <tool_call> blocks whose JSON names one of the tools and whose arguments
// match its parameters. With ToolAuto the reply is free text until the
// model writes <tool_call>; ToolRequired makes the reply start with a call;
// ToolNamed, a call to that tool.
func (g *grammars) toolCalls(tools []chat.ToolSpec, choice ToolChoice) (constraint, error) {
	var gts []grammar.Tool
	key := fmt.Sprintf("tools\x00%d\x00%s", choice.Mode, choice.Name)
	for _, t := range tools {
		if choice.Mode == ToolNamed && t.Name() != choice.Name {
			continue
		}
		_, params, err := t.Function()
		if err != nil {
			return nil, fmt.Errorf("tool %q: %w", t.Name(), err)
		}
		if err := g.checkCallable(t.Name(), params); err != nil {
			return nil, err
		}
		gts = append(gts, grammar.Tool{Name: t.Name(), Parameters: params})
		key += "\x00" + t.Name() + "\x00" + string(params)
	}
	tc := grammar.ToolCallOptions{Lazy: choice.Mode == ToolAuto}
	if !tc.Lazy {
		tc.MinCalls = 1
	}
	gr, err := g.get(key, func() (*grammar.Grammar, error) {
		return g.compile(func(v grammar.Vocabulary) (*grammar.Grammar, error) {
			return grammar.CompileToolCalls(v, gts, tc, g.options())
		})
	})
	if err != nil {
		return nil, err
	}
	return gr.NewMatcher(), nil
}

// checkCallable returns a *grammar.CompileError when a tool's parameters
// accept no JSON value where the grammar sees it
// (grammar.Grammar.AcceptsNothing): a call to it could only end in an empty
// mask, so the request is refused before any decoding. Parameters the
// grammar cannot compile alone pass here and fail in the tool-call grammar,
// which reports them. It costs one byte-level compilation per distinct
// parameter schema; the schemas found callable are remembered apart from
// the grammar cache, so that many tools do not evict the tool-call grammar.
func (g *grammars) checkCallable(name string, params []byte) error {
	if len(params) == 0 {
		return nil
	}
	g.mu.Lock()
	known := g.callable[string(params)] // no copy of params for the lookup
	g.mu.Unlock()
	if known {
		return nil
	}
	gr, err := grammar.CompileJSONSchema(nil, params, grammar.Options{Whitespace: grammar.Separators})
	if err == nil && gr.AcceptsNothing() {
		return &grammar.CompileError{Pointer: "#", Reason: fmt.Sprintf("the parameters of tool %q accept no JSON value, so no call to it can match them", name)}
	}
	g.mu.Lock()
	if g.callable == nil || len(g.callable) >= callableCacheSize {
		g.callable = map[string]bool{}
	}
	g.callable[string(params)] = true
	g.mu.Unlock()
	return nil
}
