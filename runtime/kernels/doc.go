// Package kernels holds the numeric operations of the forward pass: quantized
// matrix-vector and matrix-matrix products, RMSNorm, rotary position
// embedding, softmax, SwiGLU and attention over a KV cache.
//
// Every operation here is the plain-Go reference: it states in its doc comment
// the loop it computes, and faster versions (SIMD, other backends) must compute
// the same loop and sit behind the same function. The model package calls
// operations, never instructions.
//
// Activations are float32. Weights are Matrix values in any ggml block format
// that runtime/quant can dequantize; products dequantize one block (or one row)
// at a time into a scratch buffer and accumulate in float32.
//
// The large operations (MatVec, MatMul, SwiGLU, Attention) are methods of a
// Pool, a fixed set of threads (the caller plus parked workers) that they
// split their rows over; on a Pool they allocate nothing. The package-level
// functions of the same names run on the calling goroutine alone.
package kernels
