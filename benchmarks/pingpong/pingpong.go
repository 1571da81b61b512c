// Ping-pong: two goroutines bounce a counter over two channels 1,000,000
// times. main sends the counter on a; the pong goroutine adds 1 and sends it
// back on b; main adds 1 and sends it again. After N round trips the counter
// is 2N. Timed inside the program with the monotonic clock:
//   pingpong(1000000) = 2000000 in 123456789 ns
package main

import (
	"fmt"
	"time"
)

const rounds = 1000000

func pong(a <-chan int64, b chan<- int64) {
	for v := range a {
		b <- v + 1
	}
}

func main() {
	start := time.Now()
	a, b := make(chan int64), make(chan int64)
	go pong(a, b)
	var counter int64
	for i := 0; i < rounds; i++ {
		a <- counter
		counter = <-b + 1
	}
	close(a)
	elapsed := time.Since(start)
	fmt.Printf("pingpong(%d) = %d in %d ns\n", rounds, counter, elapsed.Nanoseconds())
}
