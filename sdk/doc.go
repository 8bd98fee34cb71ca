// Package sdk is qwenkit's front door: a chat request in, a stream of events
// out.
//
// Engine is the one interface the agent and user code program against. The
// local engine (Open) runs a Qwen2/Qwen2.5 model in this process; a remote
// OpenAI-compatible server can implement the same interface, so code written
// against Engine moves between the two unchanged. Complete is the blocking
// convenience that collects a stream into a Response.
//
// Prompts are rendered by sdk/chatml, the exact port of Qwen2.5's chat
// template; tokens are picked by sdk/sample.
package sdk
