package sdk

import (
	"context"
	"strings"

	"github.com/qwenkit/qwenkit/chat"
)

// Response is a whole reply, as Complete collects it.
type Response struct {
	Text      string          // the reply's text; trimmed of surrounding whitespace when there are tool calls
	ToolCalls []chat.ToolCall // the tool calls, in the order they were made
	Reason    FinishReason    // why the reply ended, from the Done event
	Usage     Usage           // what the request cost, from the Done event
}

// Message returns the reply as an assistant message, ready to append to the
// conversation.
func (r *Response) Message() chat.Message {
	return chat.Message{Role: chat.Assistant, Content: r.Text, ToolCalls: r.ToolCalls}
}

// Complete runs req on e and collects the whole reply: its text, its tool
// calls, the finish reason and usage. With tool calls, whitespace around the
// text is trimmed. An error from the stream is returned as is.
func Complete(ctx context.Context, e Engine, req Request) (*Response, error) {
	var r Response
	var text strings.Builder
	for ev, err := range e.Chat(ctx, req) {
		if err != nil {
			return nil, err
		}
		switch ev.Kind {
		case TextEvent:
			text.WriteString(ev.Text)
		case ToolCallEvent:
			if ev.ToolCall != nil {
				r.ToolCalls = append(r.ToolCalls, *ev.ToolCall)
			}
		case DoneEvent:
			if ev.Done != nil {
				r.Reason, r.Usage = ev.Done.Reason, ev.Done.Usage
			}
		}
	}
	r.Text = text.String()
	if len(r.ToolCalls) > 0 {
		r.Text = strings.TrimSpace(r.Text)
	}
	return &r, nil
}
