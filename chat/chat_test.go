package chat

import (
	"encoding/json"
	"testing"
)

func TestToolCallShapes(t *testing.T) {
	for _, in := range []string{
		`{"id":"c1","type":"function","function":{"name":"get","arguments":{"a":1}}}`,
		`{"id":"c1","name":"get","arguments":{"a":1}}`,
	} {
		var c ToolCall
		if err := json.Unmarshal([]byte(in), &c); err != nil {
			t.Fatal(err)
		}
		if c.ID != "c1" || c.Name != "get" || string(c.Arguments) != `{"a":1}` {
			t.Fatalf("%s: got %+v", in, c)
		}
		out, err := json.Marshal(c)
		if err != nil {
			t.Fatal(err)
		}
		if want := `{"id":"c1","type":"function","function":{"name":"get","arguments":{"a":1}}}`; string(out) != want {
			t.Fatalf("marshal: got %s want %s", out, want)
		}
	}
	var c ToolCall
	if err := json.Unmarshal([]byte(`{"name":"x","arguments":"{\"a\": 1}"}`), &c); err != nil {
		t.Fatal(err)
	}
	if string(c.Arguments) != `"{\"a\": 1}"` {
		t.Fatalf("string arguments not kept verbatim: %s", c.Arguments)
	}
	if err := json.Unmarshal([]byte(`[1]`), &c); err == nil {
		t.Fatal("array accepted as a tool call")
	}
}
