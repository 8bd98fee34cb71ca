package grammar

import (
	"fmt"
	"strconv"
)

// Tool declares one callable tool for the tool-call grammar.
type Tool struct {
	// Name is the tool's name, as the model writes it in a call; it must
	// be non-empty and unique among the tools.
	Name string
	// Parameters is the JSON Schema of the arguments object (nil: any object).
	Parameters []byte
}

// ToolCallOptions shape the tool-call grammar.
type ToolCallOptions struct {
	// Lazy leaves the output free text (any text token) until the
	// <tool_call> token appears; the output may end during that text.
	// After the trigger, the calls are constrained.
	Lazy bool
	// AllowText allows free text before the first call when not Lazy.
	AllowText bool
	// MinCalls is the number of calls needed before the end (not Lazy).
	MinCalls int
	// Open and Close name the special tokens that wrap a call
	// (default "<tool_call>" and "</tool_call>").
	Open, Close string
}

type toolSpec struct {
	open, close int // symbols
	lazy        bool
	minCalls    int
}

// Tool phases.
const (
	tText uint8 = iota
	tOpen
	tJSON
	tValue
	tAfterJSON
	tClose
	tEnd
	tSep
)

// CompileToolCalls compiles Qwen2.5's tool-call format: optional free
// text, then one or more of
//
//	<tool_call>\n{"name": NAME, "arguments": ARGS}\n</tool_call>
//
// separated by "\n", then the end. NAME is one of the tools and ARGS
// matches that tool's schema. The JSON is compact or has one space after
// ',' and ':' (o.Whitespace is Separators unless set to Flexible).
// <tool_call> and </tool_call> are the special tokens (151657, 151658 for
// Qwen2.5), never their text.
func CompileToolCalls(voc Vocabulary, tools []Tool, tc ToolCallOptions, o Options) (g *Grammar, err error) {
	defer func() {
		if r := recover(); r != nil {
			g, err = nil, fmt.Errorf("grammar: internal error compiling tool calls: %v", r)
		}
	}()
	v, err := indexOf(voc)
	if err != nil {
		return nil, err
	}
	if v == nil {
		return nil, fmt.Errorf("grammar: tool calls need a vocabulary")
	}
	if len(tools) == 0 {
		return nil, fmt.Errorf("grammar: no tools declared")
	}
	if tc.Open == "" {
		tc.Open = "<tool_call>"
	}
	if tc.Close == "" {
		tc.Close = "</tool_call>"
	}
	openID, ok1 := v.SpecialID(tc.Open)
	closeID, ok2 := v.SpecialID(tc.Close)
	if !ok1 || !ok2 {
		return nil, fmt.Errorf("grammar: the vocabulary has no %s / %s special tokens", tc.Open, tc.Close)
	}
	if o.Whitespace == Compact {
		o.Whitespace = Separators
	}
	g = newGrammar(v, &o)
	c := newCompiler(g, v, &o)
	var branches []any
	seen := map[string]bool{}
	for i, t := range tools {
		if t.Name == "" || seen[t.Name] {
			return nil, fmt.Errorf("grammar: tool %d: empty or duplicate name %q", i, t.Name)
		}
		seen[t.Name] = true
		var args any = &Object{Keys: []string{"type"}, Vals: []any{"object"}}
		if len(t.Parameters) > 0 {
			args, err = ParseJSON(t.Parameters)
			if err != nil {
				return nil, fmt.Errorf("grammar: tool %q: %w", t.Name, err)
			}
		}
		uri := "urn:qwenkit:tool:" + strconv.Itoa(i)
		c.ix.add(args, uri)
		call := &Object{
			Keys: []string{"type", "properties", "required", "additionalProperties"},
			Vals: []any{
				"object",
				&Object{Keys: []string{"name", "arguments"}, Vals: []any{
					&Object{Keys: []string{"const"}, Vals: []any{t.Name}},
					&Object{Keys: []string{"allOf"}, Vals: []any{[]any{
						&Object{Keys: []string{"type"}, Vals: []any{"object"}},
						&Object{Keys: []string{"$ref"}, Vals: []any{uri}},
					}}},
				}},
				[]any{"name", "arguments"},
				false,
			},
		}
		branches = append(branches, call)
	}
	top := &Object{Keys: []string{"anyOf"}, Vals: []any{branches}}
	c.ix.add(top, "urn:qwenkit:toolcalls")
	root, err := c.compile([]any{top}, 0)
	if err != nil {
		return nil, c.wrap(err)
	}
	if err := c.finish(g, root); err != nil {
		return nil, c.wrap(err)
	}
	g.root = root
	g.nodes = len(c.nodes)
	g.tool = &toolSpec{open: symSpecial + v.specIdx[openID], close: symSpecial + v.specIdx[closeID], lazy: tc.Lazy, minCalls: tc.MinCalls}
	if tc.Lazy {
		g.tool.minCalls = 0
	}
	if tc.Lazy || tc.AllowText {
		g.start = frame{kind: kText, d: anyTextDFA}
		g.startUp = &stk{f: frame{kind: kTool, st: tText}, owned: true}
	} else {
		g.start = frame{kind: kTool, st: tSep}
	}
	return g, nil
}

func (sp *stepper) stepTool(t thread, sym int, out []thread) []thread {
	f := t.f
	ts := sp.g.tool
	switch f.st {
	case tText, tSep:
		if sym == ts.open {
			f.st = tOpen
			out = append(out, thread{f: f, up: t.up})
		}
	case tOpen:
		if sym == '\n' {
			f.st = tJSON
			out = append(out, thread{f: f, up: t.up})
		}
	case tJSON:
		f.st = tValue
		out = sp.dispatch(thread{f: f, up: t.up}, sp.g.root, sym, out)
	case tAfterJSON:
		if sym == '\n' {
			f.st = tClose
			out = append(out, thread{f: f, up: t.up})
		}
	case tClose:
		if sym == ts.close {
			f.st = tEnd
			f.cnt++
			out = append(out, thread{f: f, up: t.up})
		}
	case tEnd:
		if sym == '\n' {
			f.st = tSep
			out = append(out, thread{f: f, up: t.up})
		}
	}
	return out
}

func (sp *stepper) toolChildDone(p frame, c frame) frame {
	if c.kind == kText {
		return p
	}
	p.st = tAfterJSON
	return p
}

func (sp *stepper) toolCanEnd(f frame) bool {
	ts := sp.g.tool
	switch f.st {
	case tText:
		return ts.lazy || ts.minCalls == 0
	case tEnd:
		return int(f.cnt) >= ts.minCalls
	}
	return false
}
