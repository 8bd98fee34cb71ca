package sdk

import (
	"encoding/json"
	"errors"
	"strings"
	"testing"

	"github.com/qwenkit/qwenkit/chat"
	"github.com/qwenkit/qwenkit/grammar"
)

// BenchmarkConstraintStep measures what a constrained token costs on top of
// the forward pass: the mask over Qwen2.5's vocabulary and the jump-forward
// check, in free text before a tool call, and inside a call's arguments.
func BenchmarkConstraintStep(b *testing.B) {
	tok := qwenTokenizer(b)
	imEnd, _ := tok.TokenID("<|im_end|>")
	g := &grammars{voc: tok, stops: []int{imEnd}}
	tool, err := chat.NewToolSpec("get_weather", "", json.RawMessage(`{"type": "object", "properties": {"city": {"type": "string"}, "days": {"type": "integer"}}, "required": ["city"]}`))
	if err != nil {
		b.Fatal(err)
	}
	mask := make([]uint64, (tok.NumTokens()+63)/64)
	for _, c := range []struct{ name, prefix string }{
		{"text", "Let me check"},
		{"arguments", "Let me check.\n<tool_call>\n{\"name\": \"get_weather\", \"arguments\": {\"city\": \"Par"},
	} {
		b.Run(c.name, func(b *testing.B) {
			con, err := g.toolCalls([]chat.ToolSpec{tool}, ToolChoice{})
			if err != nil {
				b.Fatal(err)
			}
			for _, id := range tok.EncodeSpecial(c.prefix) {
				if err := con.Accept(id); err != nil {
					b.Fatal(err)
				}
			}
			for b.Loop() {
				con.Mask(mask)
				con.Forced()
			}
		})
	}
}

// TestUncallableTool: a tool whose parameters no JSON value satisfies makes
// the tool-call constraint a *grammar.CompileError naming the tool, in every
// mode, on Qwen2.5's vocabulary (with its <tool_call> tokens); beside it a
// tool that can be called still compiles.
func TestUncallableTool(t *testing.T) {
	tok := qwenTokenizer(t)
	imEnd, _ := tok.TokenID("<|im_end|>")
	g := &grammars{voc: tok, stops: []int{imEnd}}
	never, err := chat.NewToolSpec("never", "", json.RawMessage(`{"type": "object", "properties": {"a": false}, "required": ["a"]}`))
	if err != nil {
		t.Fatal(err)
	}
	ok, err := chat.NewToolSpec("ok", "", json.RawMessage(`{"type": "object", "properties": {"a": {"type": "integer"}}, "required": ["a"]}`))
	if err != nil {
		t.Fatal(err)
	}
	for _, choice := range []ToolChoice{{}, {Mode: ToolRequired}, UseTool("never")} {
		_, err := g.toolCalls([]chat.ToolSpec{ok, never}, choice)
		var ce *grammar.CompileError
		if !errors.As(err, &ce) || !strings.Contains(err.Error(), `tool "never"`) {
			t.Errorf("mode %v: %v (want a CompileError naming the tool)", choice.Mode, err)
		}
	}
	if _, err := g.toolCalls([]chat.ToolSpec{ok}, ToolChoice{Mode: ToolRequired}); err != nil {
		t.Fatal(err)
	}
}
