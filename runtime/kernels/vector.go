package kernels

// Add computes dst[i] += x[i] for i < len(dst).
func Add(dst, x []float32) {
	x = x[:len(dst)]
	for i := range dst {
		dst[i] += x[i]
	}
}

// AddScaled computes dst[i] += s·x[i] for i < len(dst).
func AddScaled(dst, x []float32, s float32) {
	x = x[:len(dst)]
	for i := range dst {
		dst[i] += s * x[i]
	}
}
