package python

import (
	"context"
	"encoding/json"
	"strings"
	"testing"

	"github.com/qwenkit/qwenkit/chat"
	"github.com/qwenkit/qwenkit/tools"
)

func TestPythonTool(t *testing.T) {
	tool, err := NewTool(Options{MaxSteps: 100_000})
	if err != nil {
		t.Fatal(err)
	}
	set, err := tools.NewSet(tool)
	if err != nil {
		t.Fatal(err)
	}
	if tool.Name() != "python" || !strings.Contains(string(tool.Parameters()), `"required":["code"]`) {
		t.Fatalf("tool %s %s", tool.Name(), tool.Parameters())
	}
	call := func(code string) Result {
		args, _ := json.Marshal(Args{Code: code})
		r := set.Call(context.Background(), chat.ToolCall{Name: "python", Arguments: args})
		if r.Err != nil {
			t.Fatalf("%q: call failed: %v", code, r.Err)
		}
		var res Result
		if err := json.Unmarshal([]byte(r.Content), &res); err != nil {
			t.Fatalf("content %s: %v", r.Content, err)
		}
		return res
	}
	if r := call("import math\nprint(math.sqrt(2) ** 2 > 1.99)\n2 ** 100"); r.Output != "True\n1267650600228229401496703205376" || r.Error != "" {
		t.Fatalf("happy path: %+v", r)
	}
	r := call("print('partial')\nx = undefined_name")
	if r.Error == "" || !strings.Contains(r.Error, "undefined: undefined_name") {
		t.Fatalf("resolve error: %+v", r)
	}
	r = call("print('partial')\n[][0]")
	if r.Output != "partial\n" || !strings.Contains(r.Error, "runtime error: Traceback") || !strings.Contains(r.Error, "main.py:2:") {
		t.Fatalf("runtime error: %+v", r)
	}
	r = call("while True:\n    pass")
	if !strings.HasPrefix(r.Error, "step limit exceeded") {
		t.Fatalf("step limit: %+v", r)
	}
	// Arguments are checked before anything runs.
	bad := set.Call(context.Background(), chat.ToolCall{Name: "python", Arguments: json.RawMessage(`{"script":"1"}`)})
	if bad.Err == nil || !strings.Contains(bad.Content, "invalid arguments") {
		t.Fatalf("bad arguments: %+v", bad)
	}
}
