// Package chatml renders conversations into Qwen2.5's ChatML prompt, exactly as
// the official chat template does (the chat_template of Qwen2.5's
// tokenizer_config.json, as Hugging Face transformers renders it), and parses
// the <tool_call> blocks the model writes back.
//
// Render produces a Prompt: a list of segments, each marked as a control token
// written by the template, other template text, or content supplied by the
// caller (message contents, tool schemas, tool-call names and arguments).
// Prompt.Tokens encodes it so that only the template's own control tokens
// become control ids; text that merely looks like "<|im_end|>" inside a
// content is tokenized as ordinary text and can never open or close a turn.
package chatml

import (
	"fmt"
	"strings"

	"github.com/qwenkit/qwenkit/chat"
)

// The control tokens the template writes.
const (
	ImStart       = "<|im_start|>"
	ImEnd         = "<|im_end|>"
	ToolCallOpen  = "<tool_call>"
	ToolCallClose = "</tool_call>"
	EndOfText     = "<|endoftext|>"
)

// DefaultSystem is the system prompt the template writes when the first
// message is not a system message.
const DefaultSystem = "You are Qwen, created by Alibaba Cloud. You are a helpful assistant."

// Kind says where a segment's text comes from.
type Kind uint8

const (
	// Control is one control token written by the template (<|im_start|>,
	// <|im_end|>, <tool_call>, </tool_call>); it encodes to its id.
	Control Kind = iota
	// Text is other text written by the template ("user\n", the tools preamble).
	Text
	// Content is text supplied by the caller; it is always tokenized as plain
	// text.
	Content
)

// Segment is one piece of a rendered prompt.
type Segment struct {
	Kind Kind   // how the text is tokenized
	Text string // the piece's text
}

// Prompt is a rendered conversation: its segments in order.
type Prompt []Segment

// String returns the prompt's text, byte for byte the template's output.
func (p Prompt) String() string {
	n := 0
	for _, s := range p {
		n += len(s.Text)
	}
	var b strings.Builder
	b.Grow(n)
	for _, s := range p {
		b.WriteString(s.Text)
	}
	return b.String()
}

// Options are the template's arguments besides the messages.
type Options struct {
	// Tools are written into the system turn; none (nil or empty) means the
	// plain system turn.
	Tools []chat.ToolSpec
	// AddGenerationPrompt appends "<|im_start|>assistant\n", the opening of the
	// turn the model is to write.
	AddGenerationPrompt bool
}

// builder accumulates segments, merging neighbours of the same kind.
type builder struct{ p Prompt }

func (b *builder) add(k Kind, s string) {
	if s == "" {
		return
	}
	if n := len(b.p); n > 0 && b.p[n-1].Kind == k && k != Control {
		b.p[n-1].Text += s
		return
	}
	b.p = append(b.p, Segment{Kind: k, Text: s})
}

// tmpl adds template text, splitting out the control tokens it contains.
func (b *builder) tmpl(s string) {
	for s != "" {
		i, tok := nextControl(s)
		if i < 0 {
			b.add(Text, s)
			return
		}
		b.add(Text, s[:i])
		b.add(Control, tok)
		s = s[i+len(tok):]
	}
}

var controls = [...]string{ImStart, ImEnd, ToolCallOpen, ToolCallClose}

// nextControl finds the leftmost (then longest) control token in s.
func nextControl(s string) (int, string) {
	best, tok := -1, ""
	for _, c := range controls {
		if i := strings.Index(s, c); i >= 0 && (best < 0 || i < best || i == best && len(c) > len(tok)) {
			best, tok = i, c
		}
	}
	return best, tok
}

const (
	toolsHead = "\n\n# Tools\n\nYou may call one or more functions to assist with the user query.\n\nYou are provided with function signatures within <tools></tools> XML tags:\n<tools>"
	toolsTail = "\n</tools>\n\nFor each function call, return a json object with function name and arguments within <tool_call></tool_call> XML tags:\n<tool_call>\n{\"name\": <function-name>, \"arguments\": <args-json-object>}\n</tool_call><|im_end|>\n"
)

// Render renders messages as Qwen2.5's chat template does. It fails on an
// empty conversation, a role other than system, user, assistant and tool (the
// template would silently drop that message), and tool JSON or tool-call
// arguments that are not valid JSON; the error names the message or tool.
func Render(messages []chat.Message, opts Options) (Prompt, error) {
	if len(messages) == 0 {
		return nil, fmt.Errorf("chatml: no messages")
	}
	for i, m := range messages {
		switch m.Role {
		case chat.System, chat.User, chat.Assistant, chat.Tool:
		default:
			return nil, fmt.Errorf("chatml: message %d: unknown role %q (want system, user, assistant or tool)", i, m.Role)
		}
	}
	var b builder
	var js strings.Builder
	firstSystem := messages[0].Role == chat.System
	if len(opts.Tools) > 0 {
		b.tmpl(ImStart + "system\n")
		if firstSystem {
			b.add(Content, messages[0].Content)
		} else {
			b.tmpl(DefaultSystem)
		}
		b.tmpl(toolsHead)
		for i, t := range opts.Tools {
			b.tmpl("\n")
			js.Reset()
			if len(t.JSON()) == 0 {
				return nil, fmt.Errorf("chatml: tool %d: empty tool (build one with chat.NewToolSpec)", i)
			}
			if err := pyJSON(&js, t.JSON()); err != nil {
				return nil, fmt.Errorf("chatml: tool %d (%s): %w", i, t.Name(), err)
			}
			b.add(Content, js.String())
		}
		b.tmpl(toolsTail)
	} else if firstSystem {
		b.tmpl(ImStart + "system\n")
		b.add(Content, messages[0].Content)
		b.tmpl(ImEnd + "\n")
	} else {
		b.tmpl(ImStart + "system\n" + DefaultSystem + ImEnd + "\n")
	}
	for i, m := range messages {
		switch {
		case m.Role == chat.User || m.Role == chat.System && i > 0 || m.Role == chat.Assistant && len(m.ToolCalls) == 0:
			b.tmpl(ImStart + string(m.Role) + "\n")
			b.add(Content, m.Content)
			b.tmpl(ImEnd + "\n")
		case m.Role == chat.Assistant:
			b.tmpl(ImStart + string(m.Role))
			if m.Content != "" {
				b.tmpl("\n")
				b.add(Content, m.Content)
			}
			for j, c := range m.ToolCalls {
				b.tmpl("\n" + ToolCallOpen + "\n{\"name\": \"")
				b.add(Content, c.Name)
				b.tmpl("\", \"arguments\": ")
				args := []byte(c.Arguments)
				if len(args) == 0 {
					args = []byte("{}")
				}
				js.Reset()
				if err := pyJSON(&js, args); err != nil {
					return nil, fmt.Errorf("chatml: message %d: tool call %d (%s): arguments: %w", i, j, c.Name, err)
				}
				b.add(Content, js.String())
				b.tmpl("}\n" + ToolCallClose)
			}
			b.tmpl(ImEnd + "\n")
		case m.Role == chat.Tool:
			if i == 0 || messages[i-1].Role != chat.Tool {
				b.tmpl(ImStart + "user")
			}
			b.tmpl("\n<tool_response>\n")
			b.add(Content, m.Content)
			b.tmpl("\n</tool_response>")
			if i == len(messages)-1 || messages[i+1].Role != chat.Tool {
				b.tmpl(ImEnd + "\n")
			}
		}
	}
	if opts.AddGenerationPrompt {
		b.tmpl(ImStart + "assistant\n")
	}
	return b.p, nil
}
