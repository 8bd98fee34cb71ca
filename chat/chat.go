// Package chat holds the one message shape that the sdk, the agent and the
// memory store share: a Message with its role, content, tool calls and the
// tool result it carries. It is a leaf package: it imports only the standard
// library and internal/pyjson (a string writer), so every other package can
// use it without converting between shapes.
package chat

import (
	"bytes"
	"encoding/json"
	"fmt"
)

// Role says who wrote a message.
type Role string

// The roles of Qwen2.5's chat template.
const (
	System    Role = "system"
	User      Role = "user"
	Assistant Role = "assistant"
	Tool      Role = "tool"
)

// Message is one turn of a conversation in the OpenAI / Hugging Face shape.
//
// An assistant message may carry ToolCalls; a tool message carries the result
// of one call in Content and names the call it answers in ToolCallID.
type Message struct {
	Role       Role       `json:"role"`                   // who wrote it
	Content    string     `json:"content"`                // the text (a tool message: the result)
	ToolCalls  []ToolCall `json:"tool_calls,omitempty"`   // calls an assistant message makes
	ToolCallID string     `json:"tool_call_id,omitempty"` // a tool message: the ID of the call it answers
	Name       string     `json:"name,omitempty"`         // a tool message: the function's name
}

// ToolCall is one function call made by the assistant.
//
// Arguments holds JSON text exactly as written: usually an object, but a JSON
// string literal is kept as is (Qwen2.5's template renders the two
// differently). It unmarshals from both the OpenAI shape
// {"id", "type": "function", "function": {"name", "arguments"}} and the bare
// {"name", "arguments"}, and marshals to the OpenAI shape.
type ToolCall struct {
	ID        string          `json:"id,omitempty"` // the call's ID, echoed by the tool message that answers it
	Name      string          `json:"name"`         // the function called
	Arguments json.RawMessage `json:"arguments"`    // JSON text as written (see above)
}

type wireFunction struct {
	Name      string          `json:"name"`
	Arguments json.RawMessage `json:"arguments"`
}

type wireToolCall struct {
	ID       string        `json:"id,omitempty"`
	Type     string        `json:"type,omitempty"`
	Function *wireFunction `json:"function,omitempty"`
	// The bare shape.
	Name      string          `json:"name,omitempty"`
	Arguments json.RawMessage `json:"arguments,omitempty"`
}

// UnmarshalJSON accepts the OpenAI shape and the bare shape.
func (c *ToolCall) UnmarshalJSON(data []byte) error {
	var w wireToolCall
	if err := json.Unmarshal(data, &w); err != nil {
		return fmt.Errorf("chat: tool call: %w", err)
	}
	c.ID = w.ID
	if w.Function != nil {
		c.Name, c.Arguments = w.Function.Name, w.Function.Arguments
	} else {
		c.Name, c.Arguments = w.Name, w.Arguments
	}
	c.Arguments = bytes.Clone(c.Arguments)
	return nil
}

// MarshalJSON writes the OpenAI shape.
func (c ToolCall) MarshalJSON() ([]byte, error) {
	args := c.Arguments
	if len(args) == 0 {
		args = json.RawMessage("{}")
	}
	return json.Marshal(wireToolCall{ID: c.ID, Type: "function", Function: &wireFunction{Name: c.Name, Arguments: args}})
}
