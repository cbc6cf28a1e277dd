package contracts

// Regenerate with `make contracts` (or `go generate ./chain/contracts/`): needs Node.js and
// `npm ci` in this folder. Building and testing need neither: the artifacts are committed,
// and TestArtifactsMatchSources fails when they drift from src/.

//go:generate go run ./internal/genposeidon -out src/Poseidon2.sol
//go:generate node compile.js build
//go:generate go run github.com/ethereum/go-ethereum/cmd/abigen --v2 --abi build/Aoraki.abi --bin build/Aoraki.bin --pkg contracts --type Aoraki --out aoraki.go
//go:generate go run github.com/ethereum/go-ethereum/cmd/abigen --v2 --abi build/ReceiptVerifier.abi --bin build/ReceiptVerifier.bin --pkg contracts --type ReceiptVerifier --out receiptverifier.go
//go:generate go run github.com/ethereum/go-ethereum/cmd/abigen --v2 --abi build/SuccinctVerifier.abi --bin build/SuccinctVerifier.bin --pkg succinctverifier --type SuccinctVerifier --out succinctverifier/succinctverifier.go
//go:generate go run github.com/ethereum/go-ethereum/cmd/abigen --v2 --abi build/GnarkHashchainVerifier.abi --bin build/GnarkHashchainVerifier.bin --pkg testcontracts --type GnarkHashchainVerifier --out testcontracts/gnarkhashchainverifier.go
//go:generate go run github.com/ethereum/go-ethereum/cmd/abigen --v2 --abi build/ExactProofVerifier.abi --bin build/ExactProofVerifier.bin --pkg testcontracts --type ExactProofVerifier --out testcontracts/exactproofverifier.go
//go:generate go run github.com/ethereum/go-ethereum/cmd/abigen --v2 --abi build/RejectingVerifier.abi --bin build/RejectingVerifier.bin --pkg testcontracts --type RejectingVerifier --out testcontracts/rejectingverifier.go
//go:generate go run github.com/ethereum/go-ethereum/cmd/abigen --v2 --abi build/GasPriceTrapVerifier.abi --bin build/GasPriceTrapVerifier.bin --pkg testcontracts --type GasPriceTrapVerifier --out testcontracts/gaspricetrapverifier.go
//go:generate go run github.com/ethereum/go-ethereum/cmd/abigen --v2 --abi build/SwitchableVerifier.abi --bin build/SwitchableVerifier.bin --pkg testcontracts --type SwitchableVerifier --out testcontracts/switchableverifier.go
//go:generate go run github.com/ethereum/go-ethereum/cmd/abigen --v2 --abi build/ReentrantVerifier.abi --bin build/ReentrantVerifier.bin --pkg testcontracts --type ReentrantVerifier --out testcontracts/reentrantverifier.go
//go:generate go run github.com/ethereum/go-ethereum/cmd/abigen --v2 --abi build/RecordingCallback.abi --bin build/RecordingCallback.bin --pkg testcontracts --type RecordingCallback --out testcontracts/recordingcallback.go
//go:generate go run github.com/ethereum/go-ethereum/cmd/abigen --v2 --abi build/RevertingCallback.abi --bin build/RevertingCallback.bin --pkg testcontracts --type RevertingCallback --out testcontracts/revertingcallback.go
//go:generate go run github.com/ethereum/go-ethereum/cmd/abigen --v2 --abi build/GasBurningCallback.abi --bin build/GasBurningCallback.bin --pkg testcontracts --type GasBurningCallback --out testcontracts/gasburningcallback.go
//go:generate go run github.com/ethereum/go-ethereum/cmd/abigen --v2 --abi build/ReentrantCallback.abi --bin build/ReentrantCallback.bin --pkg testcontracts --type ReentrantCallback --out testcontracts/reentrantcallback.go
//go:generate go run github.com/ethereum/go-ethereum/cmd/abigen --v2 --abi build/RefusingPayee.abi --bin build/RefusingPayee.bin --pkg testcontracts --type RefusingPayee --out testcontracts/refusingpayee.go
//go:generate go run github.com/ethereum/go-ethereum/cmd/abigen --v2 --abi build/Poseidon2.abi --bin build/Poseidon2.bin --pkg testcontracts --type Poseidon2 --out testcontracts/poseidon2.go
//go:generate go run github.com/ethereum/go-ethereum/cmd/abigen --v2 --abi build/Poseidon2Harness.abi --bin build/Poseidon2Harness.bin --pkg testcontracts --type Poseidon2Harness --out testcontracts/poseidon2harness.go
