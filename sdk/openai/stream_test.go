package openai

import (
	"strings"
	"testing"
	"time"

	"github.com/qwenkit/qwenkit/sdk"
)

// Any byte stream gives events and at most one error, ending with either a
// Done event or an error, never a panic.
func FuzzStream(f *testing.F) {
	f.Add("data: {\"choices\":[{\"delta\":{\"content\":\"a\"},\"finish_reason\":\"stop\"}]}\n\ndata: [DONE]\n")
	f.Add("data: {\"choices\":[{\"delta\":{\"tool_calls\":[{\"index\":3,\"function\":{\"name\":\"f\",\"arguments\":\"{\\\"a\"}}]}}]}\ndata: {\"choices\":[{\"delta\":{\"tool_calls\":[{\"index\":3,\"function\":{\"arguments\":\"\\\": 1}\"}}]},\"finish_reason\":\"tool_calls\"}]}\n")
	f.Add("data: {\"error\": {\"message\": \"x\"}}\n")
	f.Fuzz(func(t *testing.T, body string) {
		s := stream{begin: time.Now(), calls: map[int]*pendingCall{}}
		var errs, dones int
		last := sdk.EventKind(0)
		s.run(strings.NewReader(body), func(ev sdk.Event, err error) bool {
			if err != nil {
				errs++
			} else {
				last = ev.Kind
				if ev.Kind == sdk.DoneEvent {
					dones++
				}
				if ev.Kind == sdk.ToolCallEvent && (ev.ToolCall == nil || ev.ToolCall.Name == "") {
					t.Fatalf("bad call event %+v", ev)
				}
			}
			return true
		})
		if errs+dones != 1 || dones == 1 && last != sdk.DoneEvent {
			t.Fatalf("%d errors, %d done events", errs, dones)
		}
	})
}
