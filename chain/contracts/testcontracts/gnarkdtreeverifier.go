// Code generated via abigen V2 - DO NOT EDIT.
// This file is a generated binding and any manual changes will be lost.

package testcontracts

import (
	"bytes"
	"errors"
	"math/big"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
)

// Reference imports to suppress errors if they are not otherwise used.
var (
	_ = bytes.Equal
	_ = errors.New
	_ = big.NewInt
	_ = common.Big1
	_ = types.BloomLookup
	_ = abi.ConvertType
)

// GnarkDtreeVerifierMetaData contains all meta data concerning the GnarkDtreeVerifier contract.
var GnarkDtreeVerifierMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[],\"name\":\"CommitmentInvalid\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ProofInvalid\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"PublicInputNotInField\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes\",\"name\":\"proof\",\"type\":\"bytes\"}],\"name\":\"compressProof\",\"outputs\":[{\"internalType\":\"uint256[4]\",\"name\":\"compressed\",\"type\":\"uint256[4]\"},{\"internalType\":\"uint256[1]\",\"name\":\"compressedCommitments\",\"type\":\"uint256[1]\"},{\"internalType\":\"uint256\",\"name\":\"compressedCommitmentPok\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256[4]\",\"name\":\"compressedProof\",\"type\":\"uint256[4]\"},{\"internalType\":\"uint256[1]\",\"name\":\"compressedCommitments\",\"type\":\"uint256[1]\"},{\"internalType\":\"uint256\",\"name\":\"compressedCommitmentPok\",\"type\":\"uint256\"},{\"internalType\":\"uint256[6]\",\"name\":\"input\",\"type\":\"uint256[6]\"}],\"name\":\"verifyCompressedProof\",\"outputs\":[],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes\",\"name\":\"proof\",\"type\":\"bytes\"},{\"internalType\":\"uint256[6]\",\"name\":\"input\",\"type\":\"uint256[6]\"}],\"name\":\"verifyProof\",\"outputs\":[],\"stateMutability\":\"view\",\"type\":\"function\"}]",
	ID:  "GnarkDtreeVerifier",
	Bin: "0x608080604052346015576119c2908161001a8239f35b5f80fdfe60806040526004361015610011575f80fd5b5f3560e01c80630ea14a39146110e7578063695ef6f9146109525763ea2955de1461003a575f80fd5b3461094e5761018036600319011261094e573660841161094e573660a41161094e57366101841161094e576040516020610074818361124a565b803683376040805190610087818361124a565b803683376103009381519261009c868561124a565b853685376100ab6084356115fe565b8683015281526100bc60a4356115fe565b905f5160206119a25f395f51905f528351888501518751908a8201928352888201526100fc816100ee606082016112fe565b03601f19810183528261124a565b5190200684528251865286830151878701527f0c3793fd1f12f4f38c440e0d232989f6a6cfe591e8ee1316b9a7bd5b12b69af5858701527f2ccc0470676e6d77d135446f346ddee3852f9bc6f6d293c82e025fca136223a860608701527f23978098aa23dbd9788665fcf23efe189ebbad70917a7a1ea72240f211cd2cfa60808701527f18605e8dc5445b6d3a71cbf1e7dd0fde52ef1c639361cb37fc7fa33eb9c660d560a087015260c086015260e08501527f17e6794bafb9a236d8c880717984d83da8bdc3e005ad3838c8eca5a51edcfc0f6101008501527f0a14473c8d09b73ad44e030bacd319603001eb52c22a0bf26ed74e969eef40ba6101208501527f0b295bd953af98093a80a715a0676899cb541373661bb70c1f1f6e01847716cd6101408501527f07afb28c285189fae532a3c0134b979c368cf70a66da1d31bcad9634ac9b062d610160850152825185816101808760085afa9051161561092657849061026c6004356115fe565b61027d602495929535604435611669565b929190938961028d6064356115fe565b9890977f23c583947ec3e3e706bcad9abaf6cc61b7fca0c53c4560d195ed7398598faffd83519b8c937f2fd285cea7edbf4a0466ea99efd6020d41f7474a588bb0e899cd9aa574cb9d5f85527f22804278bbc51901039f8117b07502106649a131a61bfcf109e93bf4378f1679828601528051868601520151606084019081527f1aee3f10b063fda7539e20d9f8fca5c18fc147308487f8911362c9a408d32f45858560808160065afa957f2eab8b8b1f20728ff110048181d978094993961c2aacd82d5bdebd043baadce5818701527f2eb61fd5cb1bbdb881cbaab8605b2c5981ac4ab8612ca5890e87c5fd4a74cf6c8352600160c4356080880198818a525f5160206119a25f395f51905f5284808b016060828d0160075afa92101616828860808160065afa16167f1b3abb68d5d5eb23eb4ef01644e1d46e01dd057c328ee97379c8e369da9ee941828801527f301318b0891a620fbf83dc3ebc958b28093de85baa1f813df700c4b92dd75bda845260e435908189525f5160206119a25f395f51905f5283808a016060828c0160075afa92101616818760808160065afa167f2891bcc5cd6f9a3029c8de71dd41ae15b51f213658eeab10153122054d9cc241828801527f059c608bbd114cd4d619c3fb13fb4d0519476e12e19232f65f298806492cc582845261010435908189525f5160206119a25f395f51905f5283808a016060828c0160075afa92101616818760808160065afa167f11cc544ac1fca51f6aeced2b6443a6211b6fb8166c3543b3eeef63f44fbb7df3828801527f1cb3b2e779e704adbba756822938be77955e40bd63865e109a83a490774fffc7845261012435908189525f5160206119a25f395f51905f5283808a016060828c0160075afa92101616818760808160065afa167f2e921f38e8d3e23755c81bf8f0f3825cc7120b31259e95b3fafcfd9d15c0c37c828801527f0d2f5de15a23f84d941f3e9c9efd6438f828d75f9435d93f0c1b4112904cb3c4845261014435908189525f5160206119a25f395f51905f5283808a016060828c0160075afa92101616818760808160065afa167f1b3fe494e98ebd0daef1e5b25107c8fcf294754e198c3ebecf9d93a96c95c611828801527f14c7eca3cf7072ddded6125cc319eff110b356a0eea3a84968d499cac4f2d604845261016435908189525f5160206119a25f395f51905f5283808a016060828c0160075afa92101616818760808160065afa1695015252518092525f5160206119a25f395f51905f528c8b606082808301920160075afa921016168a8960808160065afa16988c895199015199156108fe578b528b8b0152888a01526060890152608088015260a087015260c086015260e08501527f1c68df1106ff2447a8ce93e5c8569db971b8f57f9f2118d4056ecef52a3738486101008501527f2278883532d93b0b6626db2c391ba8486a799b9515a66ec02a6159be288788816101208501527f18c8041baed75b8284ef285989dfe1cd9019e4a78aea09bcc0b36ac911c63ad06101408501527f1427625dc936fbe49786b5a47596b35218a5d4e8b10549c51bca72ea8859518c6101608501527f192db7a361cc1ebf030a9a226d91156c1e2db7690cf5d1cadb9d25fddc1a56dd6101808501527f1a635054123abc8ce88161f3547d15eb292dca9103e2e6a58075b50696131dd16101a08501527f0aca7343ba37c24969734d598743c865e7d6c834876247ef1da0fa4534fd2e466101c08501527f21c388a8f8f6a1e8155ac567e2a54dfa5f6b3b8a41ba8f97df5e21a6d4dbde3f6101e08501527f0ab98afa23979a95d796f20a2c04aa8870c02799fa56c61b493931b4faaacc4f6102008501527f07768abc8a732559f7b691d269ee4e97bfee1a957244f16b88e167c1695c01c16102208501526102408401526102608301527f04ba1a4fee8d562a01cafbb7a92a65e6cee25aaa0faf25dbe895e8d97f91aa2c6102808301527f1fb628176412e623bf547cb1598489eef2c09045aa3e8186ae207a6a73c978406102a08301527f04c01901594538b612542515dd42ab9385e7fade2a8465a1ded31f4aceed8c2b6102c08301527f15736fdd6f23274b7a2311289170431f56b077eb1bc61a149152bf1b71b291de6102e0830152519283916108b1848461124a565b8336843760085afa159081156108f1575b506108c957005b7f7fcdd1f4000000000000000000000000000000000000000000000000000000005f5260045ffd5b600191505114155f6108c2565b7fa54f8e27000000000000000000000000000000000000000000000000000000005f5260045ffd5b7fa3a93fee000000000000000000000000000000000000000000000000000000005f5260045ffd5b5f80fd5b3461094e5760e036600319011261094e5760043567ffffffffffffffff811161094e5761098390369060040161121c565b3660e41161094e576109986101808214611299565b60409081516109a7838261124a565b82368237610100840192808483376020938151936109c5868661124a565b853686376101401161094e575f5160206119a25f395f51905f52825186810190848483376109fc816100ee606082015f81526112fe565b5190200684528180519182377f0c3793fd1f12f4f38c440e0d232989f6a6cfe591e8ee1316b9a7bd5b12b69af5828201527f2ccc0470676e6d77d135446f346ddee3852f9bc6f6d293c82e025fca136223a860608201527f23978098aa23dbd9788665fcf23efe189ebbad70917a7a1ea72240f211cd2cfa60808201527f18605e8dc5445b6d3a71cbf1e7dd0fde52ef1c639361cb37fc7fa33eb9c660d560a082015281610140870160c08301377f17e6794bafb9a236d8c880717984d83da8bdc3e005ad3838c8eca5a51edcfc0f6101008201527f0a14473c8d09b73ad44e030bacd319603001eb52c22a0bf26ed74e969eef40ba6101208201527f0b295bd953af98093a80a715a0676899cb541373661bb70c1f1f6e01847716cd6101408201527f07afb28c285189fae532a3c0134b979c368cf70a66da1d31bcad9634ac9b062d61016082015284816101808160085afa90511615610926578051928184017f2fd285cea7edbf4a0466ea99efd6020d41f7474a588bb0e899cd9aa574cb9d5f85525f5160206119a25f395f51905f528387808801967f22804278bbc51901039f8117b07502106649a131a61bfcf109e93bf4378f167988528051855201519260608801938452818860808160065afa947f2eab8b8b1f20728ff110048181d978094993961c2aacd82d5bdebd043baadce582527f2eb61fd5cb1bbdb881cbaab8605b2c5981ac4ab8612ca5890e87c5fd4a74cf6c85527f23c583947ec3e3e706bcad9abaf6cc61b7fca0c53c4560d195ed7398598faffd600160243560808c0198818a5287878760608160075afa92101616858c60808160065afa16167f1b3abb68d5d5eb23eb4ef01644e1d46e01dd057c328ee97379c8e369da9ee94184527f301318b0891a620fbf83dc3ebc958b28093de85baa1f813df700c4b92dd75bda87526044359081895286868660608160075afa92101616848b60808160065afa167f2891bcc5cd6f9a3029c8de71dd41ae15b51f213658eeab10153122054d9cc24184527f059c608bbd114cd4d619c3fb13fb4d0519476e12e19232f65f298806492cc58287526064359081895286868660608160075afa92101616848b60808160065afa167f11cc544ac1fca51f6aeced2b6443a6211b6fb8166c3543b3eeef63f44fbb7df384527f1cb3b2e779e704adbba756822938be77955e40bd63865e109a83a490774fffc787526084359081895286868660608160075afa92101616848b60808160065afa167f2e921f38e8d3e23755c81bf8f0f3825cc7120b31259e95b3fafcfd9d15c0c37c84527f0d2f5de15a23f84d941f3e9c9efd6438f828d75f9435d93f0c1b4112904cb3c4875260a4359081895286868660608160075afa92101616848b60808160065afa167f1b3fe494e98ebd0daef1e5b25107c8fcf294754e198c3ebecf9d93a96c95c61184527f14c7eca3cf7072ddded6125cc319eff110b356a0eea3a84968d499cac4f2d604875260c4359081895286868660608160075afa92101616848b60808160065afa16957f1aee3f10b063fda7539e20d9f8fca5c18fc147308487f8911362c9a408d32f458452525180955260608160075afa92101616818460808160065afa169251915192156108fe5761010090519485377f1c68df1106ff2447a8ce93e5c8569db971b8f57f9f2118d4056ecef52a3738486101008501527f2278883532d93b0b6626db2c391ba8486a799b9515a66ec02a6159be288788816101208501527f18c8041baed75b8284ef285989dfe1cd9019e4a78aea09bcc0b36ac911c63ad06101408501527f1427625dc936fbe49786b5a47596b35218a5d4e8b10549c51bca72ea8859518c6101608501527f192db7a361cc1ebf030a9a226d91156c1e2db7690cf5d1cadb9d25fddc1a56dd6101808501527f1a635054123abc8ce88161f3547d15eb292dca9103e2e6a58075b50696131dd16101a08501527f0aca7343ba37c24969734d598743c865e7d6c834876247ef1da0fa4534fd2e466101c08501527f21c388a8f8f6a1e8155ac567e2a54dfa5f6b3b8a41ba8f97df5e21a6d4dbde3f6101e08501527f0ab98afa23979a95d796f20a2c04aa8870c02799fa56c61b493931b4faaacc4f6102008501527f07768abc8a732559f7b691d269ee4e97bfee1a957244f16b88e167c1695c01c16102208501526102408401526102608301527f04ba1a4fee8d562a01cafbb7a92a65e6cee25aaa0faf25dbe895e8d97f91aa2c6102808301527f1fb628176412e623bf547cb1598489eef2c09045aa3e8186ae207a6a73c978406102a08301527f04c01901594538b612542515dd42ab9385e7fade2a8465a1ded31f4aceed8c2b6102c08301527f15736fdd6f23274b7a2311289170431f56b077eb1bc61a149152bf1b71b291de6102e0830152816103008160085afa905116156108c957005b3461094e57602036600319011261094e5760043567ffffffffffffffff811161094e5761111890369060040161121c565b90608060405191611129828461124a565b813684376111c360209161115161018060405197611147868a61124a565b85368a3714611299565b61115f838201358235611329565b855261117c8482013560a0830135604084013560608501356113ca565b84870152604086015261119760e082013560c0830135611329565b60608601526111b0610120820135610100830135611329565b8652610140610160820135910135611329565b9160405193845f905b6004821061120657505050830193905f945b600186106111f15760c0858560a0820152f35b818060019285518152019301950194916111de565b82518152918401916001919091019084016111cc565b9181601f8401121561094e5782359167ffffffffffffffff831161094e576020838186019501011161094e57565b90601f8019910116810190811067ffffffffffffffff82111761126c57604052565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52604160045260245ffd5b156112a057565b60646040517f08c379a000000000000000000000000000000000000000000000000000000000815260206004820152601460248201527f696e76616c69642070726f6f66206c656e6774680000000000000000000000006044820152fd5b6060516080905f5b8181106113135750505090565b8251845260209384019390920191600101611306565b905f5160206119825f395f51905f5282108015906113b3575b6108c9578115806113ab575b6113a5576113725f5160206119825f395f51905f52600381858181800909086117a2565b81810361138157505060011b90565b5f5160206119825f395f51905f52809106810306145f146108c957600190811b1790565b50505f90565b50801561134e565b505f5160206119825f395f51905f52811015611342565b919093925f5160206119825f395f51905f5283108015906115e7575b80156115d0575b80156115b9575b6108c95780828685171717156115ae579082916115115f5160206119825f395f51905f5280808080888180808f9d7f30644e72e131a029b85045b68181585d97816a916871ca8d3c208c16d87cfd448f839290839109099d8e0981848181800909087f2b149d40ceb8aaae81be18991be06ac3b5b4c5e559dbefa33267e6dc24a138e5089a09818c8181800909087f2fcd3ac2a640a154eb23960892a85a68f031ca0c8344b23a577dcf1052b9e7750806810306945f5160206119825f395f51905f527f183227397098d014dc2822db40c0ac2ecbc0b548b438e5469e10460b6c3e7ea4816114eb81808b800981878009086117a2565b8408095f5160206119825f395f51905f5261150582611919565b800914159586916117c5565b9290808214806115a5575b156115435750505050905f1461153b5760ff60025b169060021b179190565b60ff5f611531565b5f5160206119825f395f51905f52809106810306149182611586575b5050156108c9576001911561157e5760ff60025b169060021b17179190565b60ff5f611573565b5f5160206119825f395f51905f52919250819006810306145f8061155f565b5083831461151c565b50505090505f905f90565b505f5160206119825f395f51905f528110156113f4565b505f5160206119825f395f51905f528210156113ed565b505f5160206119825f395f51905f528510156113e6565b8015611662578060011c915f5160206119825f395f51905f528310156108c9576001806116415f5160206119825f395f51905f52600381888181800909086117a2565b93161461164a57565b905f5160206119825f395f51905f5280910681030690565b505f905f90565b80158061179a575b61178e578060021c92825f5160206119825f395f51905f528510801590611777575b6108c95784815f5160206119825f395f51905f5280808080808080807f30644e72e131a029b85045b68181585d97816a916871ca8d3c208c16d87cfd44816117419d8d0909998a0981898181800909087f2fcd3ac2a640a154eb23960892a85a68f031ca0c8344b23a577dcf1052b9e7750806810306936002808a16149509818a8181800909087f2b149d40ceb8aaae81be18991be06ac3b5b4c5e559dbefa33267e6dc24a138e5086117c5565b80929160018082961614611753575050565b5f5160206119825f395f51905f528093945080929550809106810306930681030690565b505f5160206119825f395f51905f52811015611693565b50505f905f905f905f90565b508115611671565b906117ac82611919565b915f5160206119825f395f51905f52838009036108c957565b915f5160206119825f395f51905f527f183227397098d014dc2822db40c0ac2ecbc0b548b438e5469e10460b6c3e7ea48161181d9396949661180f82808a8009818a8009086117a2565b9061190d575b8608096117a2565b925f5160206119825f395f51905f52600285096040519060208252602080830152602060408301528060608301527f30644e72e131a029b85045b68181585d97816a916871ca8d3c208c16d87cfd4560808301525f5160206119825f395f51905f5260a083015260208260c08160055afa915191156108c9575f5160206119825f395f51905f528260019209036108c9575f5160206119825f395f51905f52908209925f5160206119825f395f51905f5280808087800906810306818780090814908115916118ee575b506108c957565b90505f5160206119825f395f51905f528084860960020914155f6118e7565b81809106810306611815565b9060405191602083526020808401526020604084015260608301527f0c19139cb84c680a6e14116da060561765e05aa45a1c72a34f082305b61f3f5260808301525f5160206119825f395f51905f5260a083015260208260c08160055afa915191156108c95756fe30644e72e131a029b85045b68181585d97816a916871ca8d3c208c16d87cfd4730644e72e131a029b85045b68181585d2833e84879b9709143e1f593f0000001",
}

// GnarkDtreeVerifier is an auto generated Go binding around an Ethereum contract.
type GnarkDtreeVerifier struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *GnarkDtreeVerifier) GetABI() abi.ABI {
	return c.abi
}

// NewGnarkDtreeVerifier creates a new instance of GnarkDtreeVerifier.
func NewGnarkDtreeVerifier() *GnarkDtreeVerifier {
	parsed, err := GnarkDtreeVerifierMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &GnarkDtreeVerifier{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *GnarkDtreeVerifier) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackCompressProof is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x0ea14a39.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function compressProof(bytes proof) view returns(uint256[4] compressed, uint256[1] compressedCommitments, uint256 compressedCommitmentPok)
func (gnarkDtreeVerifier *GnarkDtreeVerifier) PackCompressProof(proof []byte) []byte {
	enc, err := gnarkDtreeVerifier.abi.Pack("compressProof", proof)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCompressProof is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x0ea14a39.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function compressProof(bytes proof) view returns(uint256[4] compressed, uint256[1] compressedCommitments, uint256 compressedCommitmentPok)
func (gnarkDtreeVerifier *GnarkDtreeVerifier) TryPackCompressProof(proof []byte) ([]byte, error) {
	return gnarkDtreeVerifier.abi.Pack("compressProof", proof)
}

// CompressProofOutput serves as a container for the return parameters of contract
// method CompressProof.
type CompressProofOutput struct {
	Compressed              [4]*big.Int
	CompressedCommitments   [1]*big.Int
	CompressedCommitmentPok *big.Int
}

// UnpackCompressProof is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x0ea14a39.
//
// Solidity: function compressProof(bytes proof) view returns(uint256[4] compressed, uint256[1] compressedCommitments, uint256 compressedCommitmentPok)
func (gnarkDtreeVerifier *GnarkDtreeVerifier) UnpackCompressProof(data []byte) (CompressProofOutput, error) {
	out, err := gnarkDtreeVerifier.abi.Unpack("compressProof", data)
	outstruct := new(CompressProofOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.Compressed = *abi.ConvertType(out[0], new([4]*big.Int)).(*[4]*big.Int)
	outstruct.CompressedCommitments = *abi.ConvertType(out[1], new([1]*big.Int)).(*[1]*big.Int)
	outstruct.CompressedCommitmentPok = abi.ConvertType(out[2], new(big.Int)).(*big.Int)
	return *outstruct, nil
}

// PackVerifyCompressedProof is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xea2955de.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function verifyCompressedProof(uint256[4] compressedProof, uint256[1] compressedCommitments, uint256 compressedCommitmentPok, uint256[6] input) view returns()
func (gnarkDtreeVerifier *GnarkDtreeVerifier) PackVerifyCompressedProof(compressedProof [4]*big.Int, compressedCommitments [1]*big.Int, compressedCommitmentPok *big.Int, input [6]*big.Int) []byte {
	enc, err := gnarkDtreeVerifier.abi.Pack("verifyCompressedProof", compressedProof, compressedCommitments, compressedCommitmentPok, input)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackVerifyCompressedProof is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xea2955de.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function verifyCompressedProof(uint256[4] compressedProof, uint256[1] compressedCommitments, uint256 compressedCommitmentPok, uint256[6] input) view returns()
func (gnarkDtreeVerifier *GnarkDtreeVerifier) TryPackVerifyCompressedProof(compressedProof [4]*big.Int, compressedCommitments [1]*big.Int, compressedCommitmentPok *big.Int, input [6]*big.Int) ([]byte, error) {
	return gnarkDtreeVerifier.abi.Pack("verifyCompressedProof", compressedProof, compressedCommitments, compressedCommitmentPok, input)
}

// PackVerifyProof is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x695ef6f9.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function verifyProof(bytes proof, uint256[6] input) view returns()
func (gnarkDtreeVerifier *GnarkDtreeVerifier) PackVerifyProof(proof []byte, input [6]*big.Int) []byte {
	enc, err := gnarkDtreeVerifier.abi.Pack("verifyProof", proof, input)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackVerifyProof is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x695ef6f9.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function verifyProof(bytes proof, uint256[6] input) view returns()
func (gnarkDtreeVerifier *GnarkDtreeVerifier) TryPackVerifyProof(proof []byte, input [6]*big.Int) ([]byte, error) {
	return gnarkDtreeVerifier.abi.Pack("verifyProof", proof, input)
}

// UnpackError attempts to decode the provided error data using user-defined
// error definitions.
func (gnarkDtreeVerifier *GnarkDtreeVerifier) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], gnarkDtreeVerifier.abi.Errors["CommitmentInvalid"].ID.Bytes()[:4]) {
		return gnarkDtreeVerifier.UnpackCommitmentInvalidError(raw[4:])
	}
	if bytes.Equal(raw[:4], gnarkDtreeVerifier.abi.Errors["ProofInvalid"].ID.Bytes()[:4]) {
		return gnarkDtreeVerifier.UnpackProofInvalidError(raw[4:])
	}
	if bytes.Equal(raw[:4], gnarkDtreeVerifier.abi.Errors["PublicInputNotInField"].ID.Bytes()[:4]) {
		return gnarkDtreeVerifier.UnpackPublicInputNotInFieldError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// GnarkDtreeVerifierCommitmentInvalid represents a CommitmentInvalid error raised by the GnarkDtreeVerifier contract.
type GnarkDtreeVerifierCommitmentInvalid struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error CommitmentInvalid()
func GnarkDtreeVerifierCommitmentInvalidErrorID() common.Hash {
	return common.HexToHash("0xa3a93fee56dfcbe3c39f5ec63c6730967db3a2793a813cf79d599fdf35d8f518")
}

// UnpackCommitmentInvalidError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error CommitmentInvalid()
func (gnarkDtreeVerifier *GnarkDtreeVerifier) UnpackCommitmentInvalidError(raw []byte) (*GnarkDtreeVerifierCommitmentInvalid, error) {
	out := new(GnarkDtreeVerifierCommitmentInvalid)
	if err := gnarkDtreeVerifier.abi.UnpackIntoInterface(out, "CommitmentInvalid", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// GnarkDtreeVerifierProofInvalid represents a ProofInvalid error raised by the GnarkDtreeVerifier contract.
type GnarkDtreeVerifierProofInvalid struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ProofInvalid()
func GnarkDtreeVerifierProofInvalidErrorID() common.Hash {
	return common.HexToHash("0x7fcdd1f433fad06e243ebb12f415f49dc48f357e41b96f61f504279fe6bb2ac6")
}

// UnpackProofInvalidError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ProofInvalid()
func (gnarkDtreeVerifier *GnarkDtreeVerifier) UnpackProofInvalidError(raw []byte) (*GnarkDtreeVerifierProofInvalid, error) {
	out := new(GnarkDtreeVerifierProofInvalid)
	if err := gnarkDtreeVerifier.abi.UnpackIntoInterface(out, "ProofInvalid", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// GnarkDtreeVerifierPublicInputNotInField represents a PublicInputNotInField error raised by the GnarkDtreeVerifier contract.
type GnarkDtreeVerifierPublicInputNotInField struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error PublicInputNotInField()
func GnarkDtreeVerifierPublicInputNotInFieldErrorID() common.Hash {
	return common.HexToHash("0xa54f8e27d960b419368d544cd7616e10e384de098966aa60b80904dd31e7ab38")
}

// UnpackPublicInputNotInFieldError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error PublicInputNotInField()
func (gnarkDtreeVerifier *GnarkDtreeVerifier) UnpackPublicInputNotInFieldError(raw []byte) (*GnarkDtreeVerifierPublicInputNotInField, error) {
	out := new(GnarkDtreeVerifierPublicInputNotInField)
	if err := gnarkDtreeVerifier.abi.UnpackIntoInterface(out, "PublicInputNotInField", raw); err != nil {
		return nil, err
	}
	return out, nil
}
