package agent

import (
	"context"
	"testing"

	"github.com/qwenkit/qwenkit/chat"
)

// BenchmarkToolStep measures the loop's own cost for a run of one tool step
// and an answer, with an engine that answers at once.
func BenchmarkToolStep(b *testing.B) {
	var cnt counter
	tool := addTool(&testing.T{}, &cnt)
	e := &scripted{script: []reply{{calls: []chat.ToolCall{call("", "add", `{"a":1,"b":2}`), call("", "add", `{"a":3,"b":4}`)}}, {text: "3 and 7"}}}
	for b.Loop() {
		e.reqs = e.reqs[:0]
		if _, err := Run(context.Background(), e, "add", WithTools(tool)); err != nil {
			b.Fatal(err)
		}
	}
}
