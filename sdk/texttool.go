package sdk

import (
	"bytes"
	"encoding/json"
	"fmt"
	"strconv"

	"github.com/qwenkit/qwenkit/chat"
	"github.com/qwenkit/qwenkit/grammar"
)

// Text forms of Qwen2.5's tool-call markers, for vocabularies that lack the
// <tool_call> and </tool_call> tokens (Qwen2's, the tiny test models'):
// there the model writes them as text, and textCalls constrains that text.
const (
	textCallOpen  = "<tool_call>\n"
	textCallClose = "\n</tool_call>"
	textCallSep   = "\n" + textCallOpen
	textTrigger   = "<tool_call>"
)

// Phases of a textCalls constraint.
const (
	tcFree  = iota // free text (ToolAuto), watching for "<tool_call>"
	tcLit          // a fixed literal, then next
	tcJSON         // the call's JSON object, then "\n</tool_call>"
	tcAfter        // a call is complete: the end, or "\n<tool_call>\n" and another
)

// textCalls is the tool-call constraint of a vocabulary without the
// <tool_call> tokens: the markers are fixed text, and the call's JSON
// ({"name": ..., "arguments": ...}, one of the request's tools and
// arguments matching its parameters) is a JSON Schema grammar. With
// ToolAuto the reply is free text until it writes "<tool_call>" (a token
// that would run past the marker is masked); otherwise it starts with a
// call. It works on the bytes of the accepted tokens, so a forced
// (jump-forward) token may span a marker and the JSON.
type textCalls struct {
	gs       *grammars
	json     *grammar.Matcher
	phase    int
	lit      []byte
	next     int // the phase after lit
	calls    int
	minCalls int
	tail     []byte // tcFree: the last bytes written, up to len(textTrigger)
	resets   int    // JSON matcher resets (calls begun)
	left     int    // tokens the reply may still write (0: no limit)
}

// closeBelow is the token budget under which a reply with its calls made
// ends instead of opening another call (which could not finish, and would
// be dropped).
const closeBelow = 64

// budget tells the constraint how many tokens the reply may still write.
func (c *textCalls) budget(left int) { c.left = left }

// textToolCalls returns the constraint of a request with tools on a
// vocabulary without the <tool_call> tokens (see textCalls).
func (g *grammars) textToolCalls(tools []chat.ToolSpec, choice ToolChoice) (constraint, error) {
	var branches []json.RawMessage
	res := map[string][]byte{}
	key := fmt.Sprintf("texttools\x00%d\x00%s", choice.Mode, choice.Name)
	for i, t := range tools {
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
		if len(params) == 0 {
			params = json.RawMessage(`{"type": "object"}`)
		}
		uri := "urn:qwenkit:texttool:" + strconv.Itoa(i)
		res[uri] = params
		name, _ := json.Marshal(t.Name())
		ref, _ := json.Marshal(uri)
		branches = append(branches, json.RawMessage(`{"type": "object", "properties": {"name": {"const": `+string(name)+`}, "arguments": {"allOf": [{"type": "object"}, {"$ref": `+string(ref)+`}]}}, "required": ["name", "arguments"], "additionalProperties": false}`))
		key += "\x00" + t.Name() + "\x00" + string(params)
	}
	if len(branches) == 0 {
		return nil, fmt.Errorf("no tool named %q", choice.Name)
	}
	schema, _ := json.Marshal(map[string]any{"anyOf": branches})
	gr, err := g.get(key, func() (*grammar.Grammar, error) {
		o := g.options()
		o.Resources = res
		return g.compile(func(v grammar.Vocabulary) (*grammar.Grammar, error) {
			return grammar.CompileJSONSchema(v, schema, o)
		})
	})
	if err != nil {
		return nil, err
	}
	c := &textCalls{gs: g, json: gr.NewMatcher()}
	if choice.Mode == ToolAuto {
		c.phase = tcFree
	} else {
		c.phase, c.lit, c.next, c.minCalls = tcLit, []byte(textCallOpen), tcJSON, 1
	}
	return c, nil
}

func (c *textCalls) isStop(tok int) bool { return containsInt(c.gs.stops, tok) }

// Mask allows: in free text, every token but one that writes past a
// "<tool_call>" marker; in a literal, the tokens that spell its next
// bytes; in the JSON, the grammar's tokens but the stops; after a call,
// the stops and the tokens that begin another call.
func (c *textCalls) Mask(dst []uint64) {
	n := min(c.gs.voc.NumTokens(), len(dst)*64)
	switch c.phase {
	case tcJSON:
		c.json.Mask(dst)
		for _, s := range c.gs.stops {
			dst[s/64] &^= 1 << (s % 64)
		}
		return
	case tcFree:
		for i := range dst {
			dst[i] = ^uint64(0)
		}
		partial := partialSuffix(string(c.tail), textTrigger) > 0
		for tok := range n {
			b := c.gs.voc.TokenBytes(tok)
			if c.isStop(tok) || !partial && bytes.IndexByte(b, '<') < 0 {
				continue // cannot write the marker
			}
			if _, ok := c.freeAccepts(b); !ok {
				dst[tok/64] &^= 1 << (tok % 64)
			}
		}
		return
	}
	clear(dst)
	lit := c.lit
	if c.phase == tcAfter {
		lit = []byte(textCallSep)
		if c.calls >= c.minCalls {
			for _, s := range c.gs.stops {
				dst[s/64] |= 1 << (s % 64)
			}
			if c.left > 0 && c.left < closeBelow {
				return // too few tokens left for another call: end
			}
		}
	}
	for tok := range n {
		b := c.gs.voc.TokenBytes(tok)
		if len(b) > 0 && !c.gs.voc.IsSpecial(tok) && bytes.HasPrefix(lit, b) {
			dst[tok/64] |= 1 << (tok % 64)
		}
	}
}

// freeAccepts says whether free text may take b, and whether b ends with
// the "<tool_call>" marker (then the call follows).
func (c *textCalls) freeAccepts(b []byte) (opens, ok bool) {
	t := append(append(make([]byte, 0, len(c.tail)+len(b)), c.tail...), b...)
	i := bytes.Index(t, []byte(textTrigger))
	if i < 0 {
		return false, true
	}
	return true, i+len(textTrigger) == len(t)
}

// Accept advances over a token's bytes, phase by phase.
func (c *textCalls) Accept(tok int) error {
	if c.isStop(tok) {
		if !c.Done() {
			return fmt.Errorf("grammar: stop token %d inside a tool call", tok)
		}
		return nil
	}
	b := c.gs.voc.TokenBytes(tok)
	if c.gs.voc.IsSpecial(tok) || len(b) == 0 {
		return fmt.Errorf("grammar: token %d not allowed in a tool call", tok)
	}
	return c.feed(b)
}

// feed advances over text. On an error nothing changes (unless the text
// began a new call's JSON before failing; the engine ends a reply on any
// error anyway).
func (c *textCalls) feed(b []byte) error {
	saved, tail, pos := *c, append([]byte(nil), c.tail...), c.json.Pos()
	err := c.advance(b)
	if err != nil {
		resets := c.resets != saved.resets
		*c = saved
		c.tail = tail
		if !resets {
			c.json.Rollback(c.json.Pos() - pos)
		}
	}
	return err
}

func (c *textCalls) advance(b []byte) error {
	for len(b) > 0 {
		switch c.phase {
		case tcFree:
			opens, ok := c.freeAccepts(b)
			if !ok {
				return fmt.Errorf("grammar: text %q runs past %s", b, textTrigger)
			}
			c.tail = append(c.tail, b...)
			if len(c.tail) > len(textTrigger) {
				c.tail = append(c.tail[:0], c.tail[len(c.tail)-len(textTrigger):]...)
			}
			if opens {
				c.phase, c.lit, c.next, c.tail = tcLit, []byte("\n"), tcJSON, nil
			}
			return nil
		case tcAfter:
			c.phase, c.lit, c.next = tcLit, []byte(textCallSep), tcJSON
		case tcLit:
			k := 0
			for k < len(b) && k < len(c.lit) && b[k] == c.lit[k] {
				k++
			}
			if k < len(b) && k < len(c.lit) {
				return fmt.Errorf("grammar: %q where the tool call needs %q", b, c.lit)
			}
			c.lit, b = c.lit[k:], b[k:]
			if len(c.lit) == 0 {
				c.phase = c.next
				if c.phase == tcJSON {
					c.json.Reset()
					c.resets++
				} else if c.phase == tcAfter {
					c.calls++
				}
			}
		case tcJSON:
			if err := c.json.AcceptBytes(b); err == nil {
				b = nil
			} else {
				// The object may close inside b: take it byte by byte.
				for len(b) > 0 && !c.json.Done() {
					if err := c.json.AcceptBytes(b[:1]); err != nil {
						return fmt.Errorf("grammar: tool call JSON: %w", err)
					}
					b = b[1:]
				}
			}
			if c.json.Done() {
				c.phase, c.lit, c.next = tcLit, []byte(textCallClose), tcAfter
			}
		}
	}
	return nil
}

// Forced returns a literal's bytes, or what the JSON grammar forces.
func (c *textCalls) Forced() []byte {
	switch c.phase {
	case tcLit:
		return c.lit
	case tcJSON:
		return c.json.Forced()
	}
	return nil
}

// Done reports whether the reply may end: in free text, or after enough
// calls.
func (c *textCalls) Done() bool {
	return c.phase == tcFree || c.phase == tcAfter && c.calls >= c.minCalls
}
