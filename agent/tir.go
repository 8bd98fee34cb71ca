package agent

import (
	"strings"

	"github.com/qwenkit/qwenkit/chat"
)

// Tool-integrated reasoning (Qwen2.5-Math's format) keeps one assistant
// message growing: the model writes reasoning and a ```python block, the
// reply stops just after the block's closing fence (sdk.Request.StopAfter),
// the block runs, its output is appended to the same message as an
// ```output block, and the model continues that message
// (sdk.Request.Continue) until it answers.
//
// The store is append-only, so the turn is stored as fragments: one
// assistant message per code block run (the model's text and the output
// block after it), then the rest. joinTIR puts the fragments back together
// for the prompt and the result; a fragment that ends with an output block
// is the one kind of assistant message the loop ever follows with another.
const (
	codeFence   = "```python"
	outputFence = "```output"
	// closeFence ends a code block; the reply stops just after it.
	closeFence = "\n```\n"
)

// trailingCode returns the code of a ```python block that closes the text
// (only whitespace after its closing fence, no fence inside it): the block
// the model wants run.
func trailingCode(text string) (string, bool) {
	i := strings.LastIndex(text, codeFence)
	if i < 0 {
		return "", false
	}
	body := text[i+len(codeFence):]
	nl := strings.IndexByte(body, '\n')
	if nl < 0 || strings.TrimSpace(body[:nl]) != "" {
		return "", false
	}
	body = body[nl+1:]
	end := strings.Index(body, "```")
	if end < 0 || strings.TrimSpace(body[end+3:]) != "" {
		return "", false
	}
	code := body[:end]
	if strings.TrimSpace(code) == "" {
		return "", false
	}
	return code, true
}

// endsWithOutput says whether text ends with an ```output block (a TIR
// turn waiting for the model to go on).
func endsWithOutput(text string) bool {
	t := strings.TrimRight(text, " \n")
	i := strings.LastIndex(t, outputFence)
	return i >= 0 && i > strings.LastIndex(t, codeFence) && strings.HasSuffix(t, "```") && len(t) > i+len(outputFence)
}

// outputBlock is the block appended after a code block: the program's
// output, fenced.
func outputBlock(shown string) string {
	return outputFence + "\n" + strings.TrimRight(shown, "\n") + "\n```\n"
}

// openTIR says whether msgs end with a TIR turn the model is to continue:
// an assistant message without tool calls whose last block is an output.
func openTIR(msgs []chat.Message) bool {
	if len(msgs) == 0 {
		return false
	}
	m := msgs[len(msgs)-1]
	return m.Role == chat.Assistant && len(m.ToolCalls) == 0 && endsWithOutput(m.Content)
}

// joinTIR joins the stored fragments of TIR turns: an assistant message
// that ends with an output block and the assistant message after it are
// one message. It returns a new slice; msgs is not modified.
func joinTIR(msgs []chat.Message) []chat.Message {
	out := make([]chat.Message, 0, len(msgs))
	for _, m := range msgs {
		if m.Role == chat.Assistant && openTIR(out) {
			last := &out[len(out)-1]
			last.Content += m.Content
			last.ToolCalls = m.ToolCalls
			continue
		}
		out = append(out, m)
	}
	return out
}
