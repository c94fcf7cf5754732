"""The texts of nnstudio's built-in lessons, for pyside6-lupdate to find.

Generated from nnstudio/lessons/builtin/*.nnlesson by nnstudio/lessons/strings.py: do not edit.
After changing a built-in lesson, make it again with ``python packaging/translations.py update``
(or ``python -c "from nnstudio.lessons.strings import write_strings_module as w; w()"``).
"""

from nnstudio.core.i18n import QT_TRANSLATE_NOOP

TEXTS = (
    # mnist-128
    QT_TRANSLATE_NOOP("Lesson mnist-128", "Reading handwritten digits"),
    QT_TRANSLATE_NOOP(
        "Lesson mnist-128",
        "Build the classic digit reader yourself: lay a 28×28 picture out as 784 numbers, add 128 "
        "ReLU neurons and ten softmax outputs, guess how well it will do, train it, and test it "
        "on your own handwriting.",
    ),
    QT_TRANSLATE_NOOP("Lesson mnist-128", "MNIST lesson"),
    QT_TRANSLATE_NOOP("Lesson mnist-128", "Seventy thousand digits"),
    QT_TRANSLATE_NOOP(
        "Lesson mnist-128",
        "**MNIST** is a collection of **70,000** handwritten digits, 0 to 9, written by real "
        "people. Each one is a small grey picture of 28 by 28 pixels, and each pixel is a number "
        "from 0 (black background) to 255 (full ink). 60,000 pictures are for learning; the other "
        "10,000 are kept apart for the final test, so the network is marked on digits it has "
        "never seen.\n"
        "\n"
        "Your job: build a network that looks at the pixels of a picture and says which digit it "
        "is.\n"
        "\n"
        "The Data settings already hold MNIST, with the preprocessing *Scale to 0..1*: every "
        "pixel is divided by 255, so the network gets numbers between 0 and 1. The layer stack "
        "holds one layer so far, **Input**, with the shape `28, 28`: one example is a grid of 28 "
        "rows of 28 pixels. Press **Next** when you are ready.",
    ),
    QT_TRANSLATE_NOOP("Lesson mnist-128", "From a grid to a row"),
    QT_TRANSLATE_NOOP(
        "Lesson mnist-128",
        "The layer that will do the thinking, **Dense**, reads a *row* of numbers, not a grid. So "
        "first the picture is laid out in one long row: the 28 pixels of the top line, then the "
        "28 of the next line right after them, and so on down the picture. 28 lines of 28 pixels "
        "make a row of\n"
        "\n"
        "$28 * 28 = 784$ numbers.\n"
        "\n"
        "That is what a **Flatten** layer does. Drag **Flatten** from the palette and drop it "
        "under Input. The layer stack shows its output: 784 numbers per picture. Flatten learns "
        "nothing, it only lays the numbers out anew, so it has 0 parameters.",
    ),
    QT_TRANSLATE_NOOP(
        "Lesson mnist-128",
        "The palette is the list of layer kinds. Drag Flatten onto the layer stack, just below "
        "Input (or select Input and double-click Flatten).",
    ),
    QT_TRANSLATE_NOOP(
        "Lesson mnist-128",
        "Flatten is in the Core group of the palette, near the top.",
    ),
    QT_TRANSLATE_NOOP("Lesson mnist-128", "128 neurons, 100,480 numbers to learn"),
    QT_TRANSLATE_NOOP(
        "Lesson mnist-128",
        "Now the hidden layer. Drag a **Dense** layer under Flatten, select it, and in its "
        "settings give it **128** units (neurons). Keep the activation **ReLU**.\n"
        "\n"
        "Each of the 128 neurons looks at all 784 numbers. It multiplies every number by a weight "
        "of its own, adds the 784 results up, adds one more number of its own, the **bias**, and "
        "passes the sum $z$ through ReLU, which keeps positive numbers and turns negative ones "
        "into 0:\n"
        "\n"
        "$relu(z) = max(0, z)$\n"
        "\n"
        "So one neuron has 784 weights and 1 bias. The whole layer has\n"
        "\n"
        "$784 * 128 = 100,352$ weights, plus 128 biases: **100,480** parameters.\n"
        "\n"
        "All of them start as small random numbers. Training will tune every one of those 100,480 "
        "numbers.",
    ),
    QT_TRANSLATE_NOOP(
        "Lesson mnist-128",
        "Drag Dense from the palette onto the layer stack, just below Flatten.",
    ),
    QT_TRANSLATE_NOOP(
        "Lesson mnist-128",
        "Click the new Dense layer in the stack: its settings appear. Set Units to 128; its "
        "activation is already ReLU.",
    ),
    QT_TRANSLATE_NOOP("Lesson mnist-128", "Ten answers that add up to 1"),
    QT_TRANSLATE_NOOP(
        "Lesson mnist-128",
        "The network must give one answer per digit: ten numbers. Add one more **Dense** layer at "
        "the bottom with **10** units and the activation **Softmax**.\n"
        "\n"
        "Softmax turns the ten sums into ten **probabilities**: each becomes $e^z$, which is "
        "always positive, and then each is divided by the total of all ten. So the ten answers "
        "are between 0 and 1 and **always add up to 1**, like 100% shared among the ten digits. "
        "The biggest one is the network's answer: 0.91 for the digit 7 means \"I am 91% sure it "
        'is a 7".\n'
        "\n"
        "This layer has $128 * 10 = 1,280$ weights and 10 biases: 1,290 parameters. The line "
        "beside the Train button now counts the whole network: $100,480 + 1,290 = 101,770$ "
        "weights and biases to learn.",
    ),
    QT_TRANSLATE_NOOP(
        "Lesson mnist-128",
        "Drag another Dense layer to the very bottom of the stack, under the Dense layer of 128.",
    ),
    QT_TRANSLATE_NOOP(
        "Lesson mnist-128",
        "Its Units must be 10 (one per digit) and its Activation Softmax.",
    ),
    QT_TRANSLATE_NOOP(
        "Lesson mnist-128",
        "If the count is not 101,770, check that the hidden layer still has 128 units.",
    ),
    QT_TRANSLATE_NOOP(
        "Lesson mnist-128",
        "Have exactly 101,770 parameters (weights and biases) in the whole network.",
    ),
    QT_TRANSLATE_NOOP("Lesson mnist-128", "How it will learn"),
    QT_TRANSLATE_NOOP(
        "Lesson mnist-128",
        "Open the **Loss and optimizer** settings. Two things are already chosen for you.\n"
        "\n"
        "The **loss** measures how wrong the network is. Here it is *sparse categorical "
        "cross-entropy*: it looks at the probability $p$ the network gave to the right digit, and "
        "the loss is $-log(p)$. Sure and right ($p = 0.9$) costs only 0.1; giving the right digit "
        'only $p = 0.1$ costs 2.3. "Sparse" means the labels are plain digits, 0 to 9.\n'
        "\n"
        "The **optimizer**, Adam, changes the weights to make the loss smaller. It does not wait "
        "for all 60,000 pictures: it looks at a **batch** of 32, works out which way each of the "
        "101,770 numbers should move, and nudges them all a little. That is $60,000 / 32 = 1,875$ "
        "nudges per **epoch** (one pass over all the pictures), and the Training settings ask for "
        "10 epochs: 18,750 nudges in all.",
    ),
    QT_TRANSLATE_NOOP("Lesson mnist-128", "Guess, then train"),
    QT_TRANSLATE_NOOP(
        "Lesson mnist-128",
        "Before you press **Train**, make a guess: out of the 10,000 test digits the network has "
        "never seen, what share will it get right?\n"
        "\n"
        "Then press **Train** and watch the Training tab: the loss falls and the accuracy climbs, "
        "epoch after epoch. It takes a minute or two. The test comes at the end, on the 10,000 "
        "test digits.",
    ),
    QT_TRANSLATE_NOOP(
        "Lesson mnist-128",
        "Press Train, below the picture of the network, and wait for the 10 epochs to finish.",
    ),
    QT_TRANSLATE_NOOP(
        "Lesson mnist-128",
        "The tutorial reached about 97.5%. If you are far below, compare your layers with the "
        "steps before: Flatten, Dense 128 ReLU, Dense 10 Softmax.",
    ),
    QT_TRANSLATE_NOOP(
        "Lesson mnist-128",
        "What share of the 10,000 test digits will the trained network get right?",
    ),
    QT_TRANSLATE_NOOP(
        "Lesson mnist-128",
        "10 epochs of batches of 32, as in the tutorial, so your result can be compared with the "
        "tutorial's.",
    ),
    QT_TRANSLATE_NOOP(
        "Lesson mnist-128",
        "The same digits, scaled the same way, as in the tutorial.",
    ),
    QT_TRANSLATE_NOOP("Lesson mnist-128", "Where it goes wrong"),
    QT_TRANSLATE_NOOP(
        "Lesson mnist-128",
        "About 97.5% right means about 250 of the 10,000 test digits wrong. Which ones? Open the "
        "**Results** tab.\n"
        "\n"
        "The table is a **confusion matrix**: each row is the true digit, each column is what the "
        "network answered, and the diagonal is right. Click a cell off the diagonal, for example "
        "row 4, column 9, to see those digits. Many of them are digits a person would hesitate "
        "over too.",
    ),
    QT_TRANSLATE_NOOP(
        "Lesson mnist-128",
        "The Results tab is at the top of the window, beside Training and Runs.",
    ),
    QT_TRANSLATE_NOOP("Lesson mnist-128", "Your own handwriting"),
    QT_TRANSLATE_NOOP(
        "Lesson mnist-128",
        "Now the real test: your handwriting. Open the **Draw a digit** tab and draw a digit in "
        "the black square with the mouse. The ten bars are the ten softmax probabilities: watch "
        "them change as you draw, and check that they always add up to 1.\n"
        "\n"
        "Your digits are not quite like MNIST's (a different pen, a different size), so the "
        "network may fail on some. Try a 1 with a foot, a 7 with a bar, a 4 with a closed top. If "
        "you are curious, the **Inside** tab follows one digit through every layer, down to a "
        "single neuron's sum.",
    ),
    QT_TRANSLATE_NOOP(
        "Lesson mnist-128",
        "The Draw a digit tab is at the top of the window. Draw with the left mouse button held "
        "down.",
    ),
    QT_TRANSLATE_NOOP("Lesson mnist-128", "The network has 101,770 parameters (784, 128, 10)."),
    # mnist-512
    QT_TRANSLATE_NOOP("Lesson mnist-512", "Preparing the data: scaled pixels and one-hot labels"),
    QT_TRANSLATE_NOOP(
        "Lesson mnist-512",
        "Prepare MNIST the way the tutorial did before the network sees it: pixels scaled to "
        "0..1, pictures laid out as 784 numbers, labels written one-hot. Then train 512 ReLU "
        "neurons with Adam for 5 epochs, and find out whether two ways of writing a label make "
        "any difference.",
    ),
    QT_TRANSLATE_NOOP("Lesson mnist-512", "MNIST 512 lesson"),
    QT_TRANSLATE_NOOP("Lesson mnist-512", "Same digits, your own preparation"),
    QT_TRANSLATE_NOOP(
        "Lesson mnist-512",
        "Here are the MNIST digits again: 60,000 pictures to learn from, 10,000 to test on, 28 by "
        "28 pixels each.\n"
        "\n"
        "This time the data comes raw, and you prepare it yourself, as the tutorial did in three "
        "moves:\n"
        "\n"
        "- scale every pixel from 0..255 down to 0..1;\n"
        "- lay every picture out as one row of 784 numbers;\n"
        '- write every label as a row of ten numbers ("one-hot").\n'
        "\n"
        "Then you build a bigger network than in the first lesson, with **512** hidden neurons, "
        "and train it for only 5 epochs. Press **Next** to start.",
    ),
    QT_TRANSLATE_NOOP("Lesson mnist-512", "Pixels from 0 to 255"),
    QT_TRANSLATE_NOOP(
        "Lesson mnist-512",
        "Open the **Data** settings. The preprocessing is *None*: the network would get every "
        "pixel as it is, a number from 0 to 255.\n"
        "\n"
        "Why does it matter? A neuron adds up 784 pixels, each times a weight. With pixels in the "
        "hundreds, the sums run into the thousands, the first training steps overshoot wildly, "
        "and learning starts badly.\n"
        "\n"
        "Set the preprocessing to **Scale to 0..1**. Every pixel is divided by 255: 0 stays 0, "
        "full ink (255) becomes 1, a mid grey (128) becomes about 0.5. The pictures look exactly "
        "the same; only the numbers are small.",
    ),
    QT_TRANSLATE_NOOP(
        "Lesson mnist-512",
        "The Data settings are on the right, in a tab beside Layer settings and Loss and "
        "optimizer.",
    ),
    QT_TRANSLATE_NOOP("Lesson mnist-512", "Choose Scale to 0..1 in the Preprocessing list."),
    QT_TRANSLATE_NOOP("Lesson mnist-512", "784 numbers, straight from the data"),
    QT_TRANSLATE_NOOP(
        "Lesson mnist-512",
        "In the first lesson a Flatten layer laid each 28 by 28 picture out as a row of 784 "
        "numbers, inside the network. The tutorial did it *before* the network: it turned the "
        "60,000 pictures into 60,000 rows of 784 numbers, once, while loading them.\n"
        "\n"
        "In the Data settings, tick **Flatten inputs**.\n"
        "\n"
        "Now look at the Problems list: the data gives rows of 784 numbers, but the Input layer "
        "still expects 28, 28. You fix that in the next step.",
    ),
    QT_TRANSLATE_NOOP(
        "Lesson mnist-512",
        "Flatten inputs is a tick box in the Data settings, under Preprocessing.",
    ),
    QT_TRANSLATE_NOOP("Lesson mnist-512", "512 neurons"),
    QT_TRANSLATE_NOOP(
        "Lesson mnist-512",
        "Select the **Input** layer and set its shape to `784`: one example is now one row of 784 "
        "numbers, and the complaint in the Problems list goes away.\n"
        "\n"
        "Then drag a **Dense** layer under Input and give it **512** units, with the activation "
        "**ReLU**. No Flatten layer is needed this time: the rows come flat already.\n"
        "\n"
        "Each of the 512 neurons has a weight for each of the 784 inputs, and a bias:\n"
        "\n"
        "$784 * 512 = 401,408$ weights, plus 512 biases: **401,920** parameters.\n"
        "\n"
        "That is four times the hidden layer of the first lesson (100,480), because there are "
        "four times as many neurons.",
    ),
    QT_TRANSLATE_NOOP(
        "Lesson mnist-512",
        "Click Input in the layer stack. In its settings, type 784 as the Shape.",
    ),
    QT_TRANSLATE_NOOP(
        "Lesson mnist-512",
        "Drag Dense from the palette under Input, then set its Units to 512; its activation is "
        "already ReLU.",
    ),
    QT_TRANSLATE_NOOP(
        "Lesson mnist-512",
        "If the count is 14,848, the Input layer still says 28, 28: the Dense layer then reads "
        "each line of 28 pixels on its own.",
    ),
    QT_TRANSLATE_NOOP(
        "Lesson mnist-512",
        "Have 401,920 parameters: 784 inputs times 512 neurons, plus 512 biases (the Input layer "
        "must take 784 numbers).",
    ),
    QT_TRANSLATE_NOOP("Lesson mnist-512", "Ten outputs"),
    QT_TRANSLATE_NOOP(
        "Lesson mnist-512",
        "As before, the network ends with one probability per digit. Add a **Dense** layer at the "
        "bottom with **10** units and the activation **Softmax**: ten answers between 0 and 1 "
        "that add up to 1.\n"
        "\n"
        "It has $512 * 10 = 5,120$ weights and 10 biases: 5,130 parameters. The whole network has "
        "$401,920 + 5,130 = 407,050$, four times the network of the first lesson.",
    ),
    QT_TRANSLATE_NOOP(
        "Lesson mnist-512",
        "Drag another Dense layer to the very bottom of the stack.",
    ),
    QT_TRANSLATE_NOOP("Lesson mnist-512", "Set its Units to 10 and its Activation to Softmax."),
    QT_TRANSLATE_NOOP("Lesson mnist-512", "Have exactly 407,050 parameters in the whole network."),
    QT_TRANSLATE_NOOP("Lesson mnist-512", "One-hot labels"),
    QT_TRANSLATE_NOOP(
        "Lesson mnist-512",
        "The label of a picture of a three is the number 3. The tutorial wrote each label as a "
        "row of ten numbers instead: all 0, except a 1 in the place of the right digit. Counting "
        "places from 0, the label 3 becomes\n"
        "\n"
        "`0, 0, 0, 1, 0, 0, 0, 0, 0, 0`\n"
        "\n"
        'One place is "hot", so this is called **one-hot**. The row has the same shape as the '
        "network's ten outputs, so the two can be compared place by place.\n"
        "\n"
        "The loss must match how the labels are written. *Sparse categorical cross-entropy* takes "
        "plain digits; **categorical cross-entropy** takes one-hot rows. Open **Loss and "
        "optimizer** and choose **Categorical cross-entropy**: nnstudio then writes the labels "
        "one-hot for you.\n"
        "\n"
        "The loss is $-(y_0 log(p_0) + y_1 log(p_1) + ... + y_9 log(p_9))$, where the $y$ are the "
        "one-hot label and the $p$ the network's probabilities. Nine of the $y$ are 0, so only "
        "the right digit's $-log(p)$ is left.",
    ),
    QT_TRANSLATE_NOOP(
        "Lesson mnist-512",
        "Loss and optimizer is a tab on the right, beside Layer settings and Data.",
    ),
    QT_TRANSLATE_NOOP(
        "Lesson mnist-512",
        'Choose Categorical cross-entropy (without "sparse") in the Loss list.',
    ),
    QT_TRANSLATE_NOOP("Lesson mnist-512", "Adam, 5 epochs, batches of 128"),
    QT_TRANSLATE_NOOP(
        "Lesson mnist-512",
        "The optimizer is already **Adam**. Adam gives every weight its own step size: a weight "
        "whose nudges keep pointing the same way takes bigger steps, a weight pushed back and "
        "forth takes smaller ones.\n"
        "\n"
        "Open the **Training** settings and set **Epochs** to **5** and **Batch size** to "
        "**128**.\n"
        "\n"
        "With 128 pictures per batch, one epoch is $60,000 / 128 \\approx 469$ nudges (the last "
        "batch is a little smaller), and 5 epochs make about 2,345. That is far fewer than the "
        "18,750 of the first lesson, but each nudge is steadier, because it is worked out from "
        "128 pictures instead of 32.",
    ),
    QT_TRANSLATE_NOOP(
        "Lesson mnist-512",
        "The Training settings are a tab on the right, beside Data.",
    ),
    QT_TRANSLATE_NOOP("Lesson mnist-512", "Type 5 in Epochs and 128 in Batch size."),
    QT_TRANSLATE_NOOP("Lesson mnist-512", "Guess, then train"),
    QT_TRANSLATE_NOOP(
        "Lesson mnist-512",
        "Your network is now the tutorial's, setting for setting. Before you press **Train**, "
        "guess: with four times the neurons of the first lesson but only 5 epochs, what share of "
        "the 10,000 test digits will it get right?\n"
        "\n"
        "Then press **Train** and watch the Training tab.",
    ),
    QT_TRANSLATE_NOOP(
        "Lesson mnist-512",
        "Press Train, below the picture of the network, and wait for the 5 epochs.",
    ),
    QT_TRANSLATE_NOOP(
        "Lesson mnist-512",
        "If the accuracy is far below 97%, check the preprocessing (Scale to 0..1) and the "
        "layers: Input 784, Dense 512 ReLU, Dense 10 Softmax.",
    ),
    QT_TRANSLATE_NOOP(
        "Lesson mnist-512",
        "What share of the 10,000 test digits will the network with 512 neurons get right?",
    ),
    QT_TRANSLATE_NOOP(
        "Lesson mnist-512",
        "The data prepared as in the tutorial: scaled, flattened, labels one-hot.",
    ),
    QT_TRANSLATE_NOOP(
        "Lesson mnist-512",
        "5 epochs of batches of 128, as in the tutorial, so your result can be compared with the "
        "tutorial's.",
    ),
    QT_TRANSLATE_NOOP("Lesson mnist-512", "Bigger, better?"),
    QT_TRANSLATE_NOOP(
        "Lesson mnist-512",
        "The tutorial reached **97.88%**. The first lesson's network, with 101,770 parameters and "
        "10 epochs, reached about 97.5%. Four times the weights, for about 0.4% more: past a "
        "point, more neurons help only a little.\n"
        "\n"
        "Open the **Results** tab and look at the confusion matrix. Which digits does this "
        "network still mix up?",
    ),
    QT_TRANSLATE_NOOP("Lesson mnist-512", "The Results tab is at the top of the window."),
    QT_TRANSLATE_NOOP("Lesson mnist-512", "Two ways to write a label"),
    QT_TRANSLATE_NOOP(
        "Lesson mnist-512",
        "An experiment. Set the loss back to **Sparse categorical cross-entropy**: the labels are "
        "then plain digits again instead of one-hot rows. Tick **Same start as the last run** "
        "beside Train, so that the network starts from exactly the same random weights, and train "
        "again.",
    ),
    QT_TRANSLATE_NOOP(
        "Lesson mnist-512",
        "Choose Sparse categorical cross-entropy in Loss and optimizer, then press Train.",
    ),
    QT_TRANSLATE_NOOP(
        "Lesson mnist-512",
        "Think back to the formula: with a one-hot label, only the right digit's probability "
        "counts. Which probability does the sparse loss look at?",
    ),
    QT_TRANSLATE_NOOP(
        "Lesson mnist-512",
        "With the labels as plain digits and the sparse loss, will the test accuracy be higher, "
        "lower or about the same?",
    ),
    QT_TRANSLATE_NOOP("Lesson mnist-512", "Higher"),
    QT_TRANSLATE_NOOP("Lesson mnist-512", "Lower"),
    QT_TRANSLATE_NOOP("Lesson mnist-512", "About the same"),
    QT_TRANSLATE_NOOP("Lesson mnist-512", "Same information, same result"),
    QT_TRANSLATE_NOOP(
        "Lesson mnist-512",
        "Open the **Runs** tab and compare your two runs. The accuracy is the same, or almost: "
        "one-hot labels and plain digits hold the same information, and the two losses compute "
        "the same number, $-log(p)$ of the right digit. Any tiny difference comes from the "
        "computer rounding its sums in a different order.\n"
        "\n"
        "So choose whichever is handy: sparse for plain digits, categorical when your labels are "
        "already one-hot.",
    ),
    QT_TRANSLATE_NOOP(
        "Lesson mnist-512",
        "The Runs tab is at the top of the window, beside Training.",
    ),
    QT_TRANSLATE_NOOP("Lesson mnist-512", "The network has 407,050 parameters (784, 512, 10)."),
    # mnist-tanh-sgd
    QT_TRANSLATE_NOOP("Lesson mnist-tanh-sgd", "Tanh, momentum and a look at overfitting"),
    QT_TRANSLATE_NOOP(
        "Lesson mnist-tanh-sgd",
        "Rebuild a classic of the textbooks: centred pixels, two layers of 50 tanh neurons, plain "
        "gradient descent with momentum, 50 epochs, and 10% of the training digits held back to "
        "catch the network memorising.",
    ),
    QT_TRANSLATE_NOOP("Lesson mnist-tanh-sgd", "MNIST tanh and SGD lesson"),
    QT_TRANSLATE_NOOP("Lesson mnist-tanh-sgd", "The original files"),
    QT_TRANSLATE_NOOP(
        "Lesson mnist-tanh-sgd",
        "MNIST was first shared as **four files** in a simple format called IDX: the training "
        "pictures, the training labels, the test pictures and the test labels "
        "(`train-images-idx3-ubyte`, `train-labels-idx1-ubyte`, `t10k-images-idx3-ubyte` and "
        "`t10k-labels-idx1-ubyte`). An IDX file starts with a code number saying what it holds "
        "(2051 for pictures, 2049 for labels), then the sizes (60,000 pictures of 28 by 28), then "
        "the raw bytes, one per pixel.\n"
        "\n"
        "The tutorial read those four files itself. You can too: in the **Data** settings, the "
        "**Folder…** button beside *File (optional)* points nnstudio at a folder holding the four "
        "files, compressed (`.gz`) or not. Leave the file empty to use the copy that comes with "
        "nnstudio: it is the same 70,000 digits.\n"
        "\n"
        "The Data settings already lay each digit out as a row of 784 numbers, and the Input "
        "layer takes 784. Press **Next**.",
    ),
    QT_TRANSLATE_NOOP("Lesson mnist-tanh-sgd", "Centring the pixels"),
    QT_TRANSLATE_NOOP(
        "Lesson mnist-tanh-sgd",
        "So far you scaled pixels to 0..1. The tutorial did something else: it **centred** them.\n"
        "\n"
        "For each of the 784 pixel places, it worked out the **mean** (the average) over the "
        "60,000 training pictures, and subtracted it. Then it divided everything by the "
        "**spread** (the standard deviation) of all the training numbers together. After that, a "
        "pixel is a small number around 0: negative where this digit has less ink than usual at "
        "that place, positive where it has more.\n"
        "\n"
        "Why? The neurons you add next use **tanh**, which is centred on 0 too. Inputs around 0 "
        "keep their sums in the range where tanh still bends, and where learning is fastest.\n"
        "\n"
        "In the Data settings, set the preprocessing to **Centre, divide by overall spread**. The "
        "mean and spread come from the training pictures only: the test pictures must stay unseen "
        "until the test.",
    ),
    QT_TRANSLATE_NOOP(
        "Lesson mnist-tanh-sgd",
        "The Preprocessing list is in the Data settings, on the right.",
    ),
    QT_TRANSLATE_NOOP("Lesson mnist-tanh-sgd", "Choose Centre, divide by overall spread."),
    QT_TRANSLATE_NOOP("Lesson mnist-tanh-sgd", "Two layers of 50 tanh neurons"),
    QT_TRANSLATE_NOOP(
        "Lesson mnist-tanh-sgd",
        "Add two **Dense** layers under Input, each with **50** units and the activation "
        "**Tanh**. Tanh squashes any sum into the range -1 to 1, centred on 0:\n"
        "\n"
        "$tanh(z) = (e^z - e^{-z}) / (e^z + e^{-z})$\n"
        "\n"
        "A big positive sum gives nearly 1, a big negative one nearly -1, and 0 gives 0.\n"
        "\n"
        "Look at the **Weight initializer** in each layer's settings: **Glorot uniform**, as in "
        "the tutorial. It draws the starting weights at random between $-r$ and $r$, where $r = "
        "sqrt(6 / (inputs + outputs))$. For the first layer that is $sqrt(6 / (784 + 50)) "
        "\\approx 0.085$: small enough that the 784 inputs do not push tanh to its flat ends from "
        "the start.\n"
        "\n"
        "The first layer has $784 * 50 + 50 = 39,250$ parameters, the second $50 * 50 + 50 = "
        "2,550$.",
    ),
    QT_TRANSLATE_NOOP(
        "Lesson mnist-tanh-sgd",
        "Drag Dense from the palette under Input, set Units to 50 and Activation to Tanh. Then do "
        "it again under the first one.",
    ),
    QT_TRANSLATE_NOOP(
        "Lesson mnist-tanh-sgd",
        "Glorot uniform is already the weight initializer of a new Dense layer: check it, but "
        "there is nothing to change.",
    ),
    QT_TRANSLATE_NOOP("Lesson mnist-tanh-sgd", "Ten outputs"),
    QT_TRANSLATE_NOOP(
        "Lesson mnist-tanh-sgd",
        "Finish with a **Dense** layer of **10** units and **Softmax**, one probability per "
        "digit. It has $50 * 10 + 10 = 510$ parameters.\n"
        "\n"
        "The whole network has $39,250 + 2,550 + 510 = 42,310$: less than half of the first "
        "lesson's network, though it has two hidden layers.",
    ),
    QT_TRANSLATE_NOOP(
        "Lesson mnist-tanh-sgd",
        "Drag a Dense layer to the very bottom of the stack.",
    ),
    QT_TRANSLATE_NOOP(
        "Lesson mnist-tanh-sgd",
        "Set its Units to 10 and its Activation to Softmax. If the count is not 42,310, check "
        "that both hidden layers have 50 units.",
    ),
    QT_TRANSLATE_NOOP(
        "Lesson mnist-tanh-sgd",
        "Have exactly 42,310 parameters in the whole network.",
    ),
    QT_TRANSLATE_NOOP("Lesson mnist-tanh-sgd", "Plain gradient descent"),
    QT_TRANSLATE_NOOP(
        "Lesson mnist-tanh-sgd",
        "The optimizer is Adam, which you met before. The tutorial used the oldest optimizer of "
        "all, **SGD** (stochastic gradient descent).\n"
        "\n"
        "After each batch, SGD works out the **gradient**: for every weight, which way and how "
        "steeply the loss goes up when that weight grows. Then it moves every weight a small step "
        "the other way, downhill:\n"
        "\n"
        "$w \\to w - \\eta * gradient$\n"
        "\n"
        "where $\\eta$ (eta) is the **learning rate**, the size of the step. Unlike Adam, every "
        "weight uses the same learning rate.\n"
        "\n"
        "In **Loss and optimizer**, choose the optimizer **SGD**.",
    ),
    QT_TRANSLATE_NOOP(
        "Lesson mnist-tanh-sgd",
        "Loss and optimizer is a tab on the right, beside Layer settings and Data.",
    ),
    QT_TRANSLATE_NOOP("Lesson mnist-tanh-sgd", "Choose SGD in the Optimizer list."),
    QT_TRANSLATE_NOOP("Lesson mnist-tanh-sgd", "Momentum and a gentle learning rate"),
    QT_TRANSLATE_NOOP(
        "Lesson mnist-tanh-sgd",
        "Under SGD are its own settings. The tutorial changed three of them:\n"
        "\n"
        "- **Learning rate 0.001**: ten times smaller than SGD's usual 0.01. Small, careful "
        "steps.\n"
        "- **Momentum 0.9**: each step also carries on 0.9 of the step before, like a ball "
        "rolling downhill that gathers speed where the slope keeps pointing the same way. In a "
        "steady direction the steps grow up to $1 / (1 - 0.9) = 10$ times bigger, which makes up "
        "for the small learning rate; where the slope flips back and forth, they cancel out.\n"
        "- **Learning-rate decay 1e-7** (that is 0.0000001): after every batch the rate becomes "
        "$0.001 / (1 + 0.0000001 * batches)$. After the whole training, about 42,200 batches, it "
        "has shrunk by only 0.4%. A tiny touch, kept so that your network is exactly the "
        "tutorial's.\n"
        "\n"
        "Set the three of them. Keep Nesterov off.",
    ),
    QT_TRANSLATE_NOOP(
        "Lesson mnist-tanh-sgd",
        "The settings of SGD are under the Optimizer list, in Loss and optimizer.",
    ),
    QT_TRANSLATE_NOOP(
        "Lesson mnist-tanh-sgd",
        "Type 0.001 as the learning rate, 0.9 as the momentum and 1e-7 (or 0.0000001) as the "
        "learning-rate decay.",
    ),
    QT_TRANSLATE_NOOP("Lesson mnist-tanh-sgd", "Hold back 10% to watch"),
    QT_TRANSLATE_NOOP(
        "Lesson mnist-tanh-sgd",
        "Training runs for many epochs this time. After many epochs a network can start to "
        "**memorise** its training digits, their exact strokes and smudges, instead of learning "
        "what a 3 looks like in general. That is called **overfitting**: the training results "
        "keep getting better while the results on new digits stop improving, or get worse.\n"
        "\n"
        "To see it happen, the tutorial held back **10%** of the training digits. The network "
        "never learns from them; after every epoch it is only checked on them. That check is the "
        "**validation**.\n"
        "\n"
        "In the Data settings, set the **Validation share** to **0.1**: 6,000 of the 60,000 "
        "training digits are held back, and 54,000 are left to learn from. The 10,000 test digits "
        "stay apart as before.",
    ),
    QT_TRANSLATE_NOOP(
        "Lesson mnist-tanh-sgd",
        "Validation share is in the Data settings, below Preprocessing.",
    ),
    QT_TRANSLATE_NOOP("Lesson mnist-tanh-sgd", "Type 0.1 (a tenth), not 10."),
    QT_TRANSLATE_NOOP("Lesson mnist-tanh-sgd", "Batches of 64, for 50 epochs"),
    QT_TRANSLATE_NOOP(
        "Lesson mnist-tanh-sgd",
        "Open the **Training** settings. Set the **Batch size** to **64** and the **Epochs** to "
        "**50**.\n"
        "\n"
        "One epoch is now $54,000 / 64 \\approx 844$ batches, so 50 epochs make about 42,200 "
        "small steps of SGD. That takes a minute on a fast computer, a few on a slow one. The "
        "random seed is **123**, the one the tutorial used, so that your run starts where the "
        "tutorial's did.",
    ),
    QT_TRANSLATE_NOOP(
        "Lesson mnist-tanh-sgd",
        "The Training settings are a tab on the right, beside Data.",
    ),
    QT_TRANSLATE_NOOP(
        "Lesson mnist-tanh-sgd",
        "Type 64 in Batch size and 50 in Epochs. Leave the seed at 123.",
    ),
    QT_TRANSLATE_NOOP("Lesson mnist-tanh-sgd", "Guess, then train"),
    QT_TRANSLATE_NOOP(
        "Lesson mnist-tanh-sgd",
        "Your network is now the tutorial's, setting for setting. It is smaller than the first "
        "lesson's network and learns with plain SGD, but it trains five times as long.\n"
        "\n"
        "Guess its test accuracy, then press **Train**. While it trains, watch the Training tab: "
        "the solid curves are the training loss and accuracy, the dashed ones the validation loss "
        "and accuracy, measured after every epoch on the 6,000 held-back digits.",
    ),
    QT_TRANSLATE_NOOP(
        "Lesson mnist-tanh-sgd",
        "Press Train below the picture of the network. 50 epochs take a while: a good moment to "
        "watch the curves.",
    ),
    QT_TRANSLATE_NOOP(
        "Lesson mnist-tanh-sgd",
        "If the accuracy stays near 10%, check the preprocessing (Centre, divide by overall "
        "spread) and the learning rate (0.001).",
    ),
    QT_TRANSLATE_NOOP(
        "Lesson mnist-tanh-sgd",
        "What share of the 10,000 test digits will the tanh network trained by SGD get right?",
    ),
    QT_TRANSLATE_NOOP(
        "Lesson mnist-tanh-sgd",
        "SGD with the tutorial's learning rate, momentum and decay.",
    ),
    QT_TRANSLATE_NOOP(
        "Lesson mnist-tanh-sgd",
        "Centred pixels and 10% held back, as in the tutorial.",
    ),
    QT_TRANSLATE_NOOP(
        "Lesson mnist-tanh-sgd",
        "50 epochs of batches of 64 from the seed 123, as in the tutorial, so your result can be "
        "compared with the tutorial's.",
    ),
    QT_TRANSLATE_NOOP("Lesson mnist-tanh-sgd", "Reading the curves"),
    QT_TRANSLATE_NOOP(
        "Lesson mnist-tanh-sgd",
        "The tutorial reached **96.27%** on the test digits. Now look at the loss curves in the "
        "Training tab: the solid training curve and the dashed validation curve.\n"
        "\n"
        "- At first both fall together: the network learns things that hold for all digits.\n"
        "- Then they part. The training loss keeps falling to the very end, but the validation "
        "loss falls more and more slowly, and after about 40 epochs it stops falling, even "
        "creeping up a tiny bit. The gap between the curves is what the network knows only about "
        "its own training digits.\n"
        "- The accuracy curves show the same gap: about 99% on the training digits at the end, "
        "but about 97% on the held-back ones.\n"
        "\n"
        "That is the first sign of **overfitting**. Training much longer would make the "
        "validation loss climb: the network would get better at its training digits and worse at "
        "new ones. The best moment to stop is where the validation loss is lowest.\n"
        "\n"
        "Drag the **replay slider** under the curves back to that moment, and compare the numbers "
        "there with the end.",
    ),
    QT_TRANSLATE_NOOP(
        "Lesson mnist-tanh-sgd",
        "The replay slider is under the curves of the Training tab. Drag it to the left.",
    ),
    QT_TRANSLATE_NOOP(
        "Lesson mnist-tanh-sgd",
        "Compare the training accuracy of the last epoch with the validation accuracy: the "
        "difference is the gap.",
    ),
    QT_TRANSLATE_NOOP("Lesson mnist-tanh-sgd", "Validation tells the future"),
    QT_TRANSLATE_NOOP(
        "Lesson mnist-tanh-sgd",
        "Open the **Results** tab. Compare the test accuracy with the validation accuracy of the "
        "last epoch: they are close, within about one percent. The 6,000 held-back digits played "
        "the part of new digits, so they told you, epoch after epoch, roughly what the test would "
        "say.\n"
        "\n"
        "That is why validation matters: you can use it to choose the number of epochs, the "
        "learning rate or the size of the layers, and keep the test digits for the one final, "
        "honest mark.",
    ),
    QT_TRANSLATE_NOOP("Lesson mnist-tanh-sgd", "The Results tab is at the top of the window."),
    QT_TRANSLATE_NOOP(
        "Lesson mnist-tanh-sgd",
        "The network has 42,310 parameters (784, 50, 50, 10).",
    ),
    # xor
    QT_TRANSLATE_NOOP("Lesson xor", "XOR: what one straight line cannot do"),
    QT_TRANSLATE_NOOP(
        "Lesson xor",
        "Build the network that learns XOR, watch it draw its boundary, then test two changes: a "
        "second hidden layer, and 32 neurons instead of 16. Predict first!",
    ),
    QT_TRANSLATE_NOOP("Lesson xor", "XOR lesson"),
    QT_TRANSLATE_NOOP("Lesson xor", "Four rows, no straight line"),
    QT_TRANSLATE_NOOP(
        "Lesson xor",
        "A shop wants to find its loyal customers. Each customer is described by two yes/no "
        "answers: *old or young?* and *middle or high income?* (0 or 1). The loyal ones are those "
        "where **exactly one** answer is 1. That is the XOR rule:\n"
        "\n"
        "- 0, 0 → 0\n"
        "- 0, 1 → 1\n"
        "- 1, 0 → 1\n"
        "- 1, 1 → 0\n"
        "\n"
        "Draw the four points on a square in your head: the two 1s sit on opposite corners. Try "
        "to split them from the two 0s with **one straight line**. You cannot! A network with no "
        "hidden layer can only draw one straight line, so it can never learn XOR.\n"
        "\n"
        "The Data settings already hold the XOR table. Press **Next** when you have tried the "
        "straight line.",
    ),
    QT_TRANSLATE_NOOP("Lesson xor", "A hidden layer"),
    QT_TRANSLATE_NOOP(
        "Lesson xor",
        "A **hidden layer** gives the network many lines to combine. Drag a **Dense** layer from "
        "the palette and drop it under the Input layer. Then, in its settings, give it **16** "
        "neurons and the activation **ReLU**.\n"
        "\n"
        "Each of the 16 neurons works out $z = w_1 x_1 + w_2 x_2 + b$ and then ReLU keeps $z$ if "
        "it is positive and gives 0 otherwise. That bend is what lets the network draw more than "
        "one straight line.",
    ),
    QT_TRANSLATE_NOOP(
        "Lesson xor",
        "The palette is the list of layer kinds. Drag Dense onto the layer stack, just below "
        "Input (or select Input and double-click Dense).",
    ),
    QT_TRANSLATE_NOOP(
        "Lesson xor",
        "Click the new Dense layer in the stack: its settings appear. Set Units to 16 and "
        "Activation to ReLU.",
    ),
    QT_TRANSLATE_NOOP("Lesson xor", "One answer between 0 and 1"),
    QT_TRANSLATE_NOOP(
        "Lesson xor",
        "The network must answer one number: how sure it is that the customer is loyal. Add one "
        "more **Dense** layer at the bottom with **1** neuron and the activation **Sigmoid**. "
        "Sigmoid squeezes any number into the range 0 to 1:\n"
        "\n"
        "$\\sigma(z) = 1 / (1 + e^{-z})$\n"
        "\n"
        "An answer above 0.5 counts as 1, below as 0. Look at the Network tab: you have drawn the "
        "2-16-1 network.",
    ),
    QT_TRANSLATE_NOOP("Lesson xor", "Drag another Dense layer to the very bottom of the stack."),
    QT_TRANSLATE_NOOP("Lesson xor", "Its Units must be 1 (one answer) and its Activation Sigmoid."),
    QT_TRANSLATE_NOOP("Lesson xor", "Train it"),
    QT_TRANSLATE_NOOP(
        "Lesson xor",
        "The network starts with random weights, so at first its answers are guesses. Training "
        "shows it the four rows again and again (an **epoch** is one pass over all four) and "
        "nudges every weight to make the error smaller.\n"
        "\n"
        "Before you press **Train**, make a guess.",
    ),
    QT_TRANSLATE_NOOP(
        "Lesson xor",
        "Press Train and watch the Training tab: the loss falls and the accuracy climbs to 100%.",
    ),
    QT_TRANSLATE_NOOP(
        "Lesson xor",
        "If the accuracy stays at 50% or 75%, change the Random seed in the Training settings and "
        "train again: another random start can learn it.",
    ),
    QT_TRANSLATE_NOOP("Lesson xor", "After how many epochs will all four rows be right?"),
    QT_TRANSLATE_NOOP("Lesson xor", "epochs"),
    QT_TRANSLATE_NOOP(
        "Lesson xor",
        "500 epochs, as in the tutorial, so that everyone's runs can be compared.",
    ),
    QT_TRANSLATE_NOOP("Lesson xor", "The boundary it drew"),
    QT_TRANSLATE_NOOP(
        "Lesson xor",
        "On the right of the Training tab is the network's answer for every point of the square: "
        "the colour shows the answer, the line shows where it changes its mind. It is not one "
        "straight line any more!\n"
        "\n"
        "Drag the **replay slider** under the Training tab back to the start, then slowly "
        "forward: watch the boundary bend into shape as the network learns.",
    ),
    QT_TRANSLATE_NOOP("Lesson xor", "The slider is under the curves. Drag it to the left."),
    QT_TRANSLATE_NOOP("Lesson xor", "A second hidden layer"),
    QT_TRANSLATE_NOOP(
        "Lesson xor",
        "The tutorial tried two changes. First: a **second hidden layer** of 16 ReLU neurons, "
        "between the first one and the output. More layers can combine the lines in more ways. "
        "Insert it as layer 3, then train again.\n"
        "\n"
        "Tip: tick **Same start as the last run** beside Train so that the first layer starts "
        "from the same random weights: then only your change differs.",
    ),
    QT_TRANSLATE_NOOP(
        "Lesson xor",
        "Drag a Dense layer between the hidden layer and the output layer.",
    ),
    QT_TRANSLATE_NOOP(
        "Lesson xor",
        "Give it 16 units and ReLU, like the first hidden layer, then press Train.",
    ),
    QT_TRANSLATE_NOOP(
        "Lesson xor",
        "With a second hidden layer, will the network reach 100% sooner or later?",
    ),
    QT_TRANSLATE_NOOP("Lesson xor", "Sooner"),
    QT_TRANSLATE_NOOP("Lesson xor", "Later"),
    QT_TRANSLATE_NOOP("Lesson xor", "About the same"),
    QT_TRANSLATE_NOOP("Lesson xor", "32 neurons instead of 16"),
    QT_TRANSLATE_NOOP(
        "Lesson xor",
        "The second change: back to **one** hidden layer, but with **32** neurons. Remove the "
        "layer you just added (select it and press Delete), set the first hidden layer's Units to "
        "32, and train again.",
    ),
    QT_TRANSLATE_NOOP("Lesson xor", "Select the second hidden layer (layer 3) and press Delete."),
    QT_TRANSLATE_NOOP(
        "Lesson xor",
        "Select the remaining hidden layer and set its Units to 32, then press Train.",
    ),
    QT_TRANSLATE_NOOP(
        "Lesson xor",
        "With 32 neurons instead of 16, will the network reach 100% sooner or later than with 16?",
    ),
    QT_TRANSLATE_NOOP("Lesson xor", "What you found"),
    QT_TRANSLATE_NOOP(
        "Lesson xor",
        "Open the **Runs** tab: your runs are listed with what changed each time, and their "
        "curves are drawn over each other. Compare the epoch where each one first reached 100%.\n"
        "\n"
        "With only four rows, luck (the random start) matters a lot: try the same change twice "
        "and the numbers move. Scientists repeat experiments for exactly this reason.",
    ),
    QT_TRANSLATE_NOOP(
        "Lesson xor",
        "The Runs tab is beside the Training tab, at the top of the window.",
    ),
    QT_TRANSLATE_NOOP("Lesson xor", "A hidden layer of 16 or more ReLU neurons."),
    # layers-8-6-6-4
    QT_TRANSLATE_NOOP("Lesson layers-8-6-6-4", "Layers: building the 8-6-6-4 network"),
    QT_TRANSLATE_NOOP(
        "Lesson layers-8-6-6-4",
        "What a layer is and what its shapes and weights are, counted by hand: build the small "
        "8-6-6-4 network of the textbooks layer by layer, meet the other kinds of layers in the "
        "palette, then train it and follow one example through it.",
    ),
    QT_TRANSLATE_NOOP("Lesson layers-8-6-6-4", "8-6-6-4 lesson"),
    QT_TRANSLATE_NOOP("Lesson layers-8-6-6-4", "What is a layer?"),
    QT_TRANSLATE_NOOP(
        "Lesson layers-8-6-6-4",
        "A neural network is built in **layers**, stacked one under the other. The numbers of one "
        "example go in at the top, pass through each layer in turn, and come out at the bottom as "
        "the answer. Each layer takes a list of numbers and hands on a new list, often of a "
        "different length.\n"
        "\n"
        "In this lesson you build a small network that books often draw: 8 inputs, two hidden "
        "layers of 6 neurons, and 4 outputs. People call it **8-6-6-4**.\n"
        "\n"
        "The data is made up for it: 1,000 examples, each described by **8 numbers**, each "
        "belonging to one of **4 classes**. Think of 8 measurements of a fruit, and 4 kinds of "
        "fruit. The network must learn to tell the class from the 8 numbers.\n"
        "\n"
        "The layer stack already holds the **Input** layer, with the shape `8`. It computes "
        "nothing: it says what one example looks like. Keep the **Network** tab open to watch the "
        "picture grow as you add layers, then press **Next**.",
    ),
    QT_TRANSLATE_NOOP("Lesson layers-8-6-6-4", "Six neurons, 54 numbers"),
    QT_TRANSLATE_NOOP(
        "Lesson layers-8-6-6-4",
        "Drag a **Dense** layer from the palette under Input, and give it **6** units with the "
        "activation **ReLU**.\n"
        "\n"
        "*Dense* means that every neuron is joined to every input. Each of the 6 neurons takes "
        "the 8 inputs $x_1$ to $x_8$, multiplies each by a weight of its own, adds them up with a "
        "bias $b$, and applies ReLU:\n"
        "\n"
        "$z = w_1 x_1 + w_2 x_2 + ... + w_8 x_8 + b$, then $max(0, z)$\n"
        "\n"
        "So the layer takes 8 numbers in and gives 6 out. Its weights fill a table of 8 rows and "
        "6 columns:\n"
        "\n"
        "$8 * 6 = 48$ weights, plus 6 biases: **54** parameters.",
    ),
    QT_TRANSLATE_NOOP(
        "Lesson layers-8-6-6-4",
        "Drag Dense from the palette onto the layer stack, just below Input (or select Input and "
        "double-click Dense).",
    ),
    QT_TRANSLATE_NOOP(
        "Lesson layers-8-6-6-4",
        "Select the new Dense layer and set its Units to 6; its activation is already ReLU.",
    ),
    QT_TRANSLATE_NOOP("Lesson layers-8-6-6-4", "Have 54 parameters: 8 × 6 weights and 6 biases."),
    QT_TRANSLATE_NOOP("Lesson layers-8-6-6-4", "A second hidden layer"),
    QT_TRANSLATE_NOOP(
        "Lesson layers-8-6-6-4",
        "Add a second **Dense** layer of **6** units with **ReLU** under the first one.\n"
        "\n"
        "It takes the 6 numbers of the first layer and gives 6 new ones: $6 * 6 = 36$ weights "
        "plus 6 biases, **42** parameters. The network now has $54 + 42 = 96$.\n"
        "\n"
        "These two layers are called **hidden**: their numbers are neither in the data nor in the "
        "answer, and the network decides by itself what they mean. The first layer finds simple "
        "patterns in the 8 inputs; the second combines those patterns into bigger ones.",
    ),
    QT_TRANSLATE_NOOP(
        "Lesson layers-8-6-6-4",
        "Drag another Dense layer to the bottom of the stack, under the first one.",
    ),
    QT_TRANSLATE_NOOP("Lesson layers-8-6-6-4", "Set its Units to 6; keep ReLU."),
    QT_TRANSLATE_NOOP(
        "Lesson layers-8-6-6-4",
        "Have 96 parameters: 54 in the first hidden layer and 42 in the second.",
    ),
    QT_TRANSLATE_NOOP("Lesson layers-8-6-6-4", "Four answers"),
    QT_TRANSLATE_NOOP(
        "Lesson layers-8-6-6-4",
        "The last layer gives the answer: one probability per class. Add a **Dense** layer of "
        "**4** units with the activation **Softmax**, which makes the 4 numbers positive and adds "
        "them up to 1.\n"
        "\n"
        "It has $6 * 4 = 24$ weights and 4 biases: **28** parameters. The whole network:\n"
        "\n"
        "$(8 * 6 + 6) + (6 * 6 + 6) + (6 * 4 + 4) = 54 + 42 + 28 = 124$\n"
        "\n"
        "Look at the Network tab: 8, 6, 6 and 4 circles, each joined to every circle of the layer "
        "above. Count the lines if you like: $48 + 36 + 24 = 108$, one per weight. The 16 biases "
        "are the rest of the 124.",
    ),
    QT_TRANSLATE_NOOP(
        "Lesson layers-8-6-6-4",
        "Drag a Dense layer to the very bottom of the stack.",
    ),
    QT_TRANSLATE_NOOP(
        "Lesson layers-8-6-6-4",
        "Set its Units to 4 (one per class) and its Activation to Softmax.",
    ),
    QT_TRANSLATE_NOOP("Lesson layers-8-6-6-4", "Have exactly 124 parameters in the whole network."),
    QT_TRANSLATE_NOOP("Lesson layers-8-6-6-4", "Other kinds of layers"),
    QT_TRANSLATE_NOOP(
        "Lesson layers-8-6-6-4",
        "Dense is the workhorse, but the palette holds other kinds, each for a job:\n"
        "\n"
        "- **Flatten** lays a grid out as one row: a 28 by 28 picture becomes 784 numbers. It "
        "learns nothing.\n"
        "- **Reshape** arranges the numbers in another shape with the same count, for example 784 "
        "back into 28 by 28 by 1 so that a Conv2D layer can read it. It learns nothing either.\n"
        "- **Dropout** switches off a random share of its inputs at every training step, so the "
        "network cannot lean on any single neuron. It helps against memorising the training data, "
        "and does nothing when the network answers.\n"
        "- **Batch normalization** rescales its inputs to a steady mean and spread during "
        "training, which often lets a network learn faster.\n"
        "- **Conv2D** slides small filters, say 3 by 3 pixels, over a picture, and records where "
        "each filter finds its pattern: an edge, a curve, a corner. The same 9 weights are used "
        "all over the picture, so it needs few parameters.\n"
        "- **Max pooling 2D** shrinks a picture by keeping only the largest value in each small "
        "window, for example 2 by 2 into 1.\n"
        "- **Simple RNN** and **LSTM** read a sequence one step at a time, such as the words of a "
        "sentence or the temperatures of a week, carrying a memory from one step to the next. An "
        "LSTM has gates that decide what to remember and what to forget.\n"
        "\n"
        "Point at a layer in the palette to read what it does. Press **Next** to try one.",
    ),
    QT_TRANSLATE_NOOP("Lesson layers-8-6-6-4", "Try one: Dropout"),
    QT_TRANSLATE_NOOP(
        "Lesson layers-8-6-6-4",
        "Drag a **Dropout** layer between the two hidden layers, so that it becomes layer 3. Keep "
        "its rate of 0.2: during training, at every step, a random 20% of the first hidden "
        "layer's outputs are set to 0.\n"
        "\n"
        "Now look at the count beside the Train button: still **124**. Dropout has nothing to "
        "learn, so it adds no parameters. Its output has the same shape as its input: 6 numbers "
        "in, 6 out.",
    ),
    QT_TRANSLATE_NOOP(
        "Lesson layers-8-6-6-4",
        "Dropout is in the Regularisation group of the palette.",
    ),
    QT_TRANSLATE_NOOP(
        "Lesson layers-8-6-6-4",
        "Drop it between the first and the second Dense layer.",
    ),
    QT_TRANSLATE_NOOP("Lesson layers-8-6-6-4", "Keep 124 parameters: Dropout adds none."),
    QT_TRANSLATE_NOOP("Lesson layers-8-6-6-4", "Back to 8-6-6-4, and train"),
    QT_TRANSLATE_NOOP(
        "Lesson layers-8-6-6-4",
        "A network this small has little to memorise, so take the Dropout layer out again: select "
        "it and press **Delete**. You are back to 8-6-6-4.\n"
        "\n"
        "The rest is set as in the tutorial. The Data settings **standardise** each of the 8 "
        "features (each gets a mean of 0 and a spread of 1, so that no measurement counts more "
        "just because its numbers are bigger), keep 20% of the 1,000 examples for the test, and "
        "hold back 10% of the rest for validation. The Training settings ask for 50 epochs of "
        "batches of 32.\n"
        "\n"
        "Guess the test accuracy, then press **Train**. With 4 classes, guessing at random would "
        "be right 25% of the time.",
    ),
    QT_TRANSLATE_NOOP(
        "Lesson layers-8-6-6-4",
        "Click the Dropout layer in the stack and press the Delete key.",
    ),
    QT_TRANSLATE_NOOP("Lesson layers-8-6-6-4", "Then press Train and watch the Training tab."),
    QT_TRANSLATE_NOOP(
        "Lesson layers-8-6-6-4",
        "What share of the test examples will the 8-6-6-4 network put in the right class?",
    ),
    QT_TRANSLATE_NOOP("Lesson layers-8-6-6-4", "The data prepared as in the tutorial."),
    QT_TRANSLATE_NOOP("Lesson layers-8-6-6-4", "50 epochs of batches of 32, as in the tutorial."),
    QT_TRANSLATE_NOOP(
        "Lesson layers-8-6-6-4",
        "Have the 8-6-6-4 network again, with its 124 parameters.",
    ),
    QT_TRANSLATE_NOOP("Lesson layers-8-6-6-4", "Inside the network"),
    QT_TRANSLATE_NOOP(
        "Lesson layers-8-6-6-4",
        "Your network probably put around three test examples in four into the right class. The "
        "four classes of this data overlap, so some examples sit right where another class is "
        "just as likely: no network can get all of those.\n"
        "\n"
        "Now open the **Inside** tab. Pick one example: you see its 8 input numbers, the 6 and 6 "
        "numbers of the hidden layers (coloured by how strongly each neuron fired), and the 4 "
        "probabilities at the end.\n"
        "\n"
        "Click a neuron of the first hidden layer to see its arithmetic with the real numbers: "
        "its 8 weights times the 8 inputs, plus its bias, gives $z$; then ReLU. That is all a "
        "Dense layer does, 6 times over, and the whole network is just three such layers in a row.",
    ),
    QT_TRANSLATE_NOOP(
        "Lesson layers-8-6-6-4",
        "The Inside tab is at the top of the window, after Draw a digit.",
    ),
    QT_TRANSLATE_NOOP("Lesson layers-8-6-6-4", "The network is 8-6-6-4, with 124 parameters."),
    # challenge-small-mnist
    QT_TRANSLATE_NOOP("Lesson challenge-small-mnist", "Challenge: 97% with 20,000 parameters"),
    QT_TRANSLATE_NOOP(
        "Lesson challenge-small-mnist",
        "Reach at least 97% on the MNIST test digits with a network of at most 20,000 parameters: "
        "a fifth of the first lesson's network.",
    ),
    QT_TRANSLATE_NOOP("Lesson challenge-small-mnist", "Small MNIST challenge"),
    QT_TRANSLATE_NOOP("Lesson challenge-small-mnist", "The challenge"),
    QT_TRANSLATE_NOOP(
        "Lesson challenge-small-mnist",
        "In the first lesson, a network of **101,770** parameters read handwritten digits with "
        "about 97.5% accuracy. Can you do almost as well with a network five times smaller?\n"
        "\n"
        "**Your goal:** at least **97%** on the 10,000 MNIST test digits, with at most **20,000** "
        "parameters (weights and biases).\n"
        "\n"
        "The rules:\n"
        "\n"
        "- the data stays MNIST, tested on all 10,000 test digits;\n"
        "- everything else is yours to change: layers, neurons, activations, the optimizer, "
        "epochs, batch size, preprocessing.\n"
        "\n"
        "You start from the first lesson's network. The count beside the Train button tells you "
        "where you stand; the layer stack and the Network tab show where the parameters sit. "
        "There is no single right answer, and there is no recipe here: experiment, keep notes, "
        "compare your runs in the Runs tab. Press **Next** to see the goal.",
    ),
    QT_TRANSLATE_NOOP("Lesson challenge-small-mnist", "Your small network"),
    QT_TRANSLATE_NOOP(
        "Lesson challenge-small-mnist",
        "Build, train, look, change, train again. The goal below ticks itself off as you reach "
        "each part.\n"
        "\n"
        "A tip from scientists: change **one thing at a time**, so that you know what made the "
        "difference.",
    ),
    QT_TRANSLATE_NOOP(
        "Lesson challenge-small-mnist",
        "Where are the parameters? Select each layer in the stack: almost all of them sit between "
        "the 784 pixels and the 128 hidden neurons. Shrink one side or the other.",
    ),
    QT_TRANSLATE_NOOP(
        "Lesson challenge-small-mnist",
        "Fewer hidden neurons is the first idea, and worth a try. Watch the test accuracy as well "
        "as the count: how close to 97% does it get?",
    ),
    QT_TRANSLATE_NOOP(
        "Lesson challenge-small-mnist",
        "Another idea: make the picture smaller before any Dense layer sees it. The Convolution "
        "group of the palette has layers that shrink a picture and learn what to keep. They read "
        "pictures with channels (28, 28, 1), so a Reshape layer comes first.",
    ),
    QT_TRANSLATE_NOOP(
        "Lesson challenge-small-mnist",
        "Epochs, batch size and the optimizer's settings cost no parameters at all.",
    ),
    QT_TRANSLATE_NOOP(
        "Lesson challenge-small-mnist",
        "Use the MNIST digits, tested on all 10,000 test digits.",
    ),
    # challenge-xor-fewest
    QT_TRANSLATE_NOOP("Lesson challenge-xor-fewest", "Challenge: XOR with the fewest neurons"),
    QT_TRANSLATE_NOOP(
        "Lesson challenge-xor-fewest",
        "The XOR lesson used 16 hidden neurons. Get all four rows right with a hidden layer of at "
        "most 4, then see how low you can go.",
    ),
    QT_TRANSLATE_NOOP("Lesson challenge-xor-fewest", "XOR with few neurons"),
    QT_TRANSLATE_NOOP("Lesson challenge-xor-fewest", "The challenge"),
    QT_TRANSLATE_NOOP(
        "Lesson challenge-xor-fewest",
        "In the XOR lesson, a hidden layer of **16** ReLU neurons learned the four rows. Are 16 "
        "really needed?\n"
        "\n"
        "**Your goal:** all four rows right (100% training accuracy) with a network of one hidden "
        "layer of at most **4** neurons, still on the XOR table.\n"
        "\n"
        "In theory, **2** ReLU neurons are enough. With the inputs $x_1$ and $x_2$:\n"
        "\n"
        "- neuron 1 computes $h_1 = max(0, x_1 + x_2)$, which is 0, 1, 1, 2 for the four rows;\n"
        "- neuron 2 computes $h_2 = max(0, x_1 + x_2 - 1)$, which is 0, 0, 0, 1;\n"
        "- $h_1 - 2 h_2$ is then 0, 1, 1, 0: exactly XOR.\n"
        "\n"
        "But training has to *find* such weights, starting from random ones, and with few neurons "
        "it can get stuck: a neuron whose sum is below 0 for all four rows gives 0 and learns "
        "nothing, and the network can stay stuck at 75% or 50%. With few neurons, luck matters.\n"
        "\n"
        "Press **Next** to see the goal. When you have it with 4, try 3, then 2.",
    ),
    QT_TRANSLATE_NOOP("Lesson challenge-xor-fewest", "Fewer neurons"),
    QT_TRANSLATE_NOOP(
        "Lesson challenge-xor-fewest",
        "Change the network, train, look at the curves and the boundary, and try again. The goal "
        "below ticks itself off as you reach each part.\n"
        "\n"
        "Keep a note of what you tried: the neurons, the seed, the learning rate, the epochs, and "
        "whether it reached 100%.",
    ),
    QT_TRANSLATE_NOOP(
        "Lesson challenge-xor-fewest",
        "The number of neurons is the hidden layer's Units, in its settings.",
    ),
    QT_TRANSLATE_NOOP(
        "Lesson challenge-xor-fewest",
        "Stuck at 75% or 50%? That is the random start. Change the Random seed in the Training "
        "settings and train again; try a few.",
    ),
    QT_TRANSLATE_NOOP(
        "Lesson challenge-xor-fewest",
        "Few neurons learn slowly with small steps. In Loss and optimizer, a learning rate of "
        "0.01 instead of 0.001 takes bigger steps; more epochs give it more time.",
    ),
    QT_TRANSLATE_NOOP("Lesson challenge-xor-fewest", "Keep one hidden layer: Input, Dense, Dense."),
    QT_TRANSLATE_NOOP(
        "Lesson challenge-xor-fewest",
        "Give the hidden layer (layer 2) at most 4 neurons.",
    ),
    QT_TRANSLATE_NOOP("Lesson challenge-xor-fewest", "Keep the XOR table as the data."),
    # challenge-own-csv
    QT_TRANSLATE_NOOP("Lesson challenge-own-csv", "Challenge: your own data"),
    QT_TRANSLATE_NOOP(
        "Lesson challenge-own-csv",
        "Find or make a table of your own, save it as a CSV file, and train a network that "
        "reaches at least 90% on the rows it never learned from.",
    ),
    QT_TRANSLATE_NOOP("Lesson challenge-own-csv", "My own data"),
    QT_TRANSLATE_NOOP("Lesson challenge-own-csv", "The challenge"),
    QT_TRANSLATE_NOOP(
        "Lesson challenge-own-csv",
        "So far the data came with nnstudio. Now bring your own.\n"
        "\n"
        "**Your goal:** a network that puts at least **90%** of the test rows of *your own* CSV "
        "file in the right class.\n"
        "\n"
        "A **CSV file** is a table saved as plain text: one row per line, the cells separated by "
        "commas (or semicolons). Any spreadsheet program writes one with *Save as*, choosing the "
        "type CSV. A file that works looks like this:\n"
        "\n"
        "- `sleep_hours,screen_hours,breakfast,sport_minutes,mood`\n"
        "- `8,2,1,45,fresh`\n"
        "- `5.5,6,0,0,tired`\n"
        "- `7,3.5,1,20,fresh`\n"
        "\n"
        "What it needs:\n"
        "\n"
        "- a **header row** first, naming every column;\n"
        "- one row per example: a few dozen at the very least, a few hundred is better;\n"
        "- **numbers** in every column but one (with a decimal point; or with a decimal comma "
        "when the cells are separated by semicolons);\n"
        "- one **label column**: the answer for each row, as words (`fresh`, `tired`) or as "
        "numbers (0, 1, 2), with at least two different answers.\n"
        "\n"
        "Columns of names or dates cannot go in: delete them, or turn them into numbers first "
        "(yes and no become 1 and 0). An empty cell stops the file from loading, unless you tick "
        "*Skip rows with missing values* in the Data settings.\n"
        "\n"
        "Ideas: a survey of your class, measurements from a science lesson, the weather of many "
        "days (temperature, wind, clouds, and whether it rained), the statistics of a sports team.",
    ),
    QT_TRANSLATE_NOOP("Lesson challenge-own-csv", "Your file"),
    QT_TRANSLATE_NOOP(
        "Lesson challenge-own-csv",
        "In the **Data** settings, choose the dataset **Your own CSV file**, then **Browse…** for "
        "your file, and choose the **Label column**: the column with the answers. All the other "
        "columns become the network's inputs.\n"
        "\n"
        "The network is ready for any file: the Input layer takes its shape from the data, a "
        "hidden layer of 16 ReLU neurons, and an output layer of 2 Softmax neurons. If your "
        "labels have more than two different values, give the output layer one unit per value: "
        "the Problems list tells you when they differ.\n"
        "\n"
        "The Data settings already **standardise** every column (so that a column of big numbers "
        "does not drown the others), keep 20% of the rows apart for the test, and hold back 10% "
        "of the rest for validation.",
    ),
    QT_TRANSLATE_NOOP(
        "Lesson challenge-own-csv",
        "The dataset is the first choice in the Data settings: pick Your own CSV file, and a "
        "Browse… button appears for the file.",
    ),
    QT_TRANSLATE_NOOP(
        "Lesson challenge-own-csv",
        "The label column is the column with the answers; once the file is read, its columns are "
        "offered in a list.",
    ),
    QT_TRANSLATE_NOOP(
        "Lesson challenge-own-csv",
        "Choose your own CSV file and its label column in the Data settings.",
    ),
    QT_TRANSLATE_NOOP("Lesson challenge-own-csv", "Above 90%"),
    QT_TRANSLATE_NOOP(
        "Lesson challenge-own-csv",
        "Train, and look at the Results tab. The goal below ticks itself off as you reach each "
        "part.\n"
        "\n"
        "Think about what the number means:\n"
        "\n"
        "- A network can only be as good as the data. If your columns say little about the label, "
        "no network reaches 90%: choose a label that the numbers really decide.\n"
        "- Check the share of the most common label. If 95% of your rows say `fresh`, a network "
        "that always answers `fresh` gets 95% and has learned nothing. The confusion matrix in "
        "the Results tab shows it at once.\n"
        "- With only a few rows, the test is only a few rows too, and one lucky or unlucky row "
        "moves the score a lot.",
    ),
    QT_TRANSLATE_NOOP(
        "Lesson challenge-own-csv",
        "If the file will not load, read the sentence under the file name in the Data settings: "
        "it names the row and the column that are wrong.",
    ),
    QT_TRANSLATE_NOOP(
        "Lesson challenge-own-csv",
        "Far below 90%? Look at the curves: if the training accuracy is high but the validation "
        "accuracy is low, the network memorises; fewer neurons or more rows help. If both are "
        "low, try more epochs, or ask whether your columns can decide the label at all.",
    ),
    QT_TRANSLATE_NOOP(
        "Lesson challenge-own-csv",
        "A more useful column often helps more than a bigger network.",
    ),
    QT_TRANSLATE_NOOP(
        "Lesson challenge-own-csv",
        "Use your own CSV file, and keep at least 10% of its rows apart for the test.",
    ),
)
