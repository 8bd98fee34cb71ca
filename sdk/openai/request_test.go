package openai

import (
	"encoding/json"
	"fmt"
	"testing"

	"github.com/qwenkit/qwenkit/chat"
	"github.com/qwenkit/qwenkit/sdk"
)

// MaxToolCalls 1 is sent as parallel_tool_calls: false; otherwise the field
// is left out (the server's default, parallel calls allowed).
func TestParallelToolCalls(t *testing.T) {
	tool, _ := chat.ParseToolSpec([]byte(`{"name": "f", "parameters": {"type": "object"}}`))
	for _, c := range []struct {
		max  int
		want string
	}{{0, "<nil>"}, {1, "false"}, {2, "<nil>"}} {
		body, err := encodeRequest("m", &sdk.Request{Messages: []chat.Message{{Role: chat.User, Content: "x"}}, Tools: []chat.ToolSpec{tool}, MaxToolCalls: c.max})
		if err != nil {
			t.Fatal(err)
		}
		var got map[string]any
		if err := json.Unmarshal(body, &got); err != nil {
			t.Fatal(err)
		}
		if s := fmt.Sprint(got["parallel_tool_calls"]); s != c.want {
			t.Errorf("MaxToolCalls %d: parallel_tool_calls %s, want %s", c.max, s, c.want)
		}
	}
}
