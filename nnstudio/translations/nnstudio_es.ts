<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
    <context>
        <name>AnalysisTab</name>
        <message>
            <source>Layer</source>
            <extracomment>Measures a project's training speed here (the training process's ``measure``).</extracomment>
            <translation>Capa</translation>
        </message>
        <message>
            <source>Output shape</source>
            <translation>Forma de salida</translation>
        </message>
        <message>
            <source>Outputs per example</source>
            <translation>Salidas por ejemplo</translation>
        </message>
        <message>
            <source>Parameters</source>
            <translation>Parámetros</translation>
        </message>
        <message>
            <source>Memory for training</source>
            <translation>Memoria para entrenar</translation>
        </message>
        <message>
            <source>Something unexpected went wrong ({error}).</source>
            <translation>Ha ocurrido algo inesperado ({error}).</translation>
        </message>
        <message>
            <source>Each layer's outputs, parameters and memory</source>
            <extracomment>(text) the expected training time for the summary line, or "" when not measured. The last measurement and the settings it was made with.</extracomment>
            <translation>Salidas, parámetros y memoria de cada capa</translation>
        </message>
        <message>
            <source>One row per layer: its output shape, the numbers it outputs for one example, its parameters and the memory training needs</source>
            <translation>Una fila por capa: su forma de salida, los números que produce para un ejemplo, sus parámetros y la memoria que necesita el entrenamiento</translation>
        </message>
        <message>
            <source>Measure the time on this computer</source>
            <translation>Medir el tiempo en este ordenador</translation>
        </message>
        <message>
            <source>Train for a few seconds in the training process and time the steps, to tell how long an epoch and the whole run will take here</source>
            <translation>Entrenar unos segundos en el proceso de entrenamiento y cronometrar los pasos, para saber cuánto tardarán aquí una época y la ejecución completa</translation>
        </message>
        <message>
            <source>{params} parameters in all; training in batches of {batch_size} needs about {memory}.</source>
            <translation>{params} parámetros en total; entrenar en lotes de {batch_size} necesita unos {memory}.</translation>
        </message>
        <message numerus="yes">
            <source>The memory counts the weights, their gradients and %n number(s) per weight for the optimizer, and every output kept for learning, in 4-byte numbers; TensorFlow itself needs more.</source>
            <translation>
                <numerusform>La memoria cuenta los pesos, sus gradientes y %n número por peso para el optimizador, y cada salida que se guarda para aprender, en números de 4 bytes; TensorFlow necesita algo más por su cuenta.</numerusform>
                <numerusform>La memoria cuenta los pesos, sus gradientes y %n números por peso para el optimizador, y cada salida que se guarda para aprender, en números de 4 bytes; TensorFlow necesita algo más por su cuenta.</numerusform>
            </translation>
        </message>
        <message>
            <source>Changed since it was measured: measure again.</source>
            <translation>Ha cambiado desde que se midió: vuelve a medir.</translation>
        </message>
        <message numerus="yes">
            <source>{count} step(s)</source>
            <translation>
                <numerusform>{count} paso</numerusform>
                <numerusform>{count} pasos</numerusform>
            </translation>
        </message>
        <message>
            <source>Measured here: {step} a step, so about &lt;b&gt;{epoch} an epoch&lt;/b&gt; of {steps} and &lt;b&gt;{whole} for {epochs} epochs&lt;/b&gt; (starting up: {start}).</source>
            <translation>Medido aquí: {step} por paso, así que unos &lt;b&gt;{epoch} por época&lt;/b&gt; de {steps} y &lt;b&gt;{whole} para {epochs} épocas&lt;/b&gt; (al arrancar: {start}).</translation>
        </message>
        <message>
            <source>about {duration} to train here</source>
            <translation>unos {duration} de entrenamiento aquí</translation>
        </message>
        <message>
            <source>Measuring: a short run in the training process…</source>
            <translation>Midiendo: una ejecución corta en el proceso de entrenamiento…</translation>
        </message>
        <message>
            <source>Could not measure: {error}</source>
            <translation>No se pudo medir: {error}</translation>
        </message>
    </context>
    <context>
        <name>Argparse</name>
        <message>
            <source>usage: </source>
            <extracomment>argparse's own words that a student meets (Python's, in English only): usage, the headings, the -h help and the refusals of a wrong command line.</extracomment>
            <translation>uso: </translation>
        </message>
        <message>
            <source>options</source>
            <translation>opciones</translation>
        </message>
        <message>
            <source>positional arguments</source>
            <translation>argumentos posicionales</translation>
        </message>
        <message>
            <source>show this help message and exit</source>
            <translation>mostrar este mensaje de ayuda y salir</translation>
        </message>
        <message>
            <source>%(prog)s: error: %(message)s
</source>
            <translation>%(prog)s: error: %(message)s
</translation>
        </message>
        <message>
            <source>argument %(argument_name)s: %(message)s</source>
            <translation>argumento %(argument_name)s: %(message)s</translation>
        </message>
        <message>
            <source>the following arguments are required: %s</source>
            <translation>se requieren los siguientes argumentos: %s</translation>
        </message>
        <message>
            <source>invalid choice: %(value)r (choose from %(choices)s)</source>
            <translation>opción no válida: %(value)r (elige entre %(choices)s)</translation>
        </message>
        <message>
            <source>invalid %(type)s value: %(value)r</source>
            <translation>valor %(type)s no válido: %(value)r</translation>
        </message>
        <message>
            <source>unrecognized arguments: %s</source>
            <translation>argumentos no reconocidos: %s</translation>
        </message>
        <message>
            <source>expected one argument</source>
            <translation>se esperaba un argumento</translation>
        </message>
        <message>
            <source>expected at least one argument</source>
            <translation>se esperaba al menos un argumento</translation>
        </message>
        <message>
            <source>expected at most one argument</source>
            <translation>se esperaba como máximo un argumento</translation>
        </message>
        <message>
            <source>ambiguous option: %(option)s could match %(matches)s</source>
            <translation>opción ambigua: %(option)s podría coincidir con %(matches)s</translation>
        </message>
        <message>
            <source>one of the arguments %s is required</source>
            <translation>se requiere uno de los argumentos %s</translation>
        </message>
        <message>
            <source>not allowed with argument %s</source>
            <translation>no se permite con el argumento %s</translation>
        </message>
    </context>
    <context>
        <name>AtomicWrite</name>
        <message>
            <source>Could not write to the folder {folder}: {error}.</source>
            <extracomment>A temporary file this much older than its last write belongs to no save still running: a save writes its temporary file in one go, then renames it, within seconds.</extracomment>
            <translation>No se ha podido escribir en la carpeta {folder}: {error}.</translation>
        </message>
        <message>
            <source>Could not save {path}: {error}.</source>
            <translation>No se ha podido guardar {path}: {error}.</translation>
        </message>
    </context>
    <context>
        <name>Captions</name>
        <message>
            <source>Layer {number} ({kind})</source>
            <extracomment>{kind} is the layer's Keras name ("Dense", "Conv2D").</extracomment>
            <translation>Capa {number} ({kind})</translation>
        </message>
        <message numerus="yes">
            <source>Layer {number} ({kind}, %n neuron(s))</source>
            <translation>
                <numerusform>Capa {number} ({kind}, %n neurona)</numerusform>
                <numerusform>Capa {number} ({kind}, %n neuronas)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n unit(s)</source>
            <extracomment>A part of a layer's summary in the layer stack ("128 units, ReLU").</extracomment>
            <translation>
                <numerusform>%n neurona</numerusform>
                <numerusform>%n neuronas</numerusform>
            </translation>
        </message>
        <message>
            <source>{value} units</source>
            <translation>{value} neuronas</translation>
        </message>
        <message numerus="yes">
            <source>%n filter(s)</source>
            <translation>
                <numerusform>%n filtro</numerusform>
                <numerusform>%n filtros</numerusform>
            </translation>
        </message>
        <message>
            <source>{value} filters</source>
            <translation>{value} filtros</translation>
        </message>
        <message>
            <source>shape from the data</source>
            <translation>forma tomada de los datos</translation>
        </message>
        <message>
            <source>shape {dims}</source>
            <translation>forma {dims}</translation>
        </message>
        <message>
            <source>to {dims}</source>
            <extracomment>A Reshape layer's summary: the shape it makes ("to 28×28×1").</extracomment>
            <translation>a {dims}</translation>
        </message>
        <message>
            <source>{size} window</source>
            <extracomment>{size} is the window's width and height ("3×3").</extracomment>
            <translation>ventana {size}</translation>
        </message>
        <message>
            <source>stride {value}</source>
            <translation>desplazamiento {value}</translation>
        </message>
        <message>
            <source>same padding</source>
            <extracomment>'same' is the Keras name of this padding, which pads the edges with zeros.</extracomment>
            <translation>relleno 'same'</translation>
        </message>
        <message>
            <source>rate {value}</source>
            <translation>tasa {value}</translation>
        </message>
        <message>
            <source>momentum {value}</source>
            <translation>momento {value}</translation>
        </message>
        <message>
            <source>every step</source>
            <extracomment>A recurrent layer that outputs one vector for every time step.</extracomment>
            <translation>cada paso</translation>
        </message>
        <message>
            <source>no settings</source>
            <translation>sin ajustes</translation>
        </message>
        <message>
            <source>Loss</source>
            <translation>Pérdida</translation>
        </message>
        <message>
            <source>test {metric} {value:.4f}</source>
            <extracomment>One number of the final test: "test loss 0.0837", "test binary accuracy 1.0000".</extracomment>
            <translation>{metric} de prueba {value:.4f}</translation>
        </message>
    </context>
    <context>
        <name>Catalog</name>
        <message>
            <source>ReLU</source>
            <translation>ReLU</translation>
        </message>
        <message>
            <source>Passes positive values through unchanged and turns negative values into 0; simple, fast and the usual choice for hidden layers.</source>
            <translation>Deja pasar los valores positivos sin cambios y convierte los negativos en 0; es sencilla, rápida y la opción habitual para las capas ocultas.</translation>
        </message>
        <message>
            <source>Sigmoid</source>
            <translation>Sigmoid</translation>
        </message>
        <message>
            <source>Squashes any number into the range 0 to 1, so a single output unit can say how likely the answer is 'yes'.</source>
            <translation>Comprime cualquier número al rango de 0 a 1, así una sola neurona de salida puede decir lo probable que es que la respuesta sea «sí».</translation>
        </message>
        <message>
            <source>Tanh</source>
            <translation>Tanh</translation>
        </message>
        <message>
            <source>Squashes any number into the range -1 to 1, centred on 0; a classic choice for hidden layers.</source>
            <translation>Comprime cualquier número al rango de -1 a 1, centrado en 0; una opción clásica para las capas ocultas.</translation>
        </message>
        <message>
            <source>Softmax</source>
            <translation>Softmax</translation>
        </message>
        <message>
            <source>Turns the layer's outputs into probabilities that are all positive and sum to 1, one per class, so the biggest one is the network's answer.</source>
            <translation>Convierte las salidas de la capa en probabilidades, todas positivas y que suman 1, una por clase; la mayor es la respuesta de la red.</translation>
        </message>
        <message>
            <source>Linear (none)</source>
            <extracomment>Short captions drop the note in brackets ("Activation: Linear"), so keep the note last, in brackets.</extracomment>
            <translation>Lineal (ninguna)</translation>
        </message>
        <message>
            <source>Leaves the numbers as they are: no activation at all.</source>
            <translation>Deja los números tal como están: no aplica ninguna activación.</translation>
        </message>
        <message>
            <source>ELU</source>
            <translation>ELU</translation>
        </message>
        <message>
            <source>Like ReLU for positive values, but negative values curve smoothly down towards -1 instead of stopping at 0.</source>
            <translation>Como ReLU para los valores positivos, pero los negativos bajan suavemente hacia -1 en lugar de quedarse en 0.</translation>
        </message>
        <message>
            <source>SELU</source>
            <translation>SELU</translation>
        </message>
        <message>
            <source>A scaled ELU that keeps the signal's mean and spread steady through many layers (pair it with lecun_normal initialisation).</source>
            <translation>Una ELU escalada que mantiene estables la media y la dispersión de la señal a lo largo de muchas capas (combínala con la inicialización lecun_normal).</translation>
        </message>
        <message>
            <source>GELU</source>
            <translation>GELU</translation>
        </message>
        <message>
            <source>A smooth version of ReLU that lets small negative values through a little; used in modern language models.</source>
            <translation>Una versión suave de ReLU que deja pasar un poco los valores negativos pequeños; se usa en los modelos de lenguaje modernos.</translation>
        </message>
        <message>
            <source>Leaky ReLU</source>
            <translation>Leaky ReLU</translation>
        </message>
        <message>
            <source>Like ReLU, but negative values are multiplied by a small number instead of becoming 0, so neurons never go completely silent.</source>
            <translation>Como ReLU, pero los valores negativos se multiplican por un número pequeño en lugar de convertirse en 0, así las neuronas nunca se apagan del todo.</translation>
        </message>
        <message>
            <source>Softplus</source>
            <translation>Softplus</translation>
        </message>
        <message>
            <source>A smooth curve that looks like ReLU but has no sharp corner at 0.</source>
            <translation>Una curva suave que se parece a ReLU, pero sin la esquina en 0.</translation>
        </message>
        <message>
            <source>Swish</source>
            <translation>Swish</translation>
        </message>
        <message>
            <source>Multiplies a value by its own sigmoid: smooth, and often a little better than ReLU in deep networks.</source>
            <translation>Multiplica un valor por su propia sigmoid: es suave y a menudo funciona un poco mejor que ReLU en redes profundas.</translation>
        </message>
        <message>
            <source>Glorot uniform</source>
            <translation>Glorot uniforme</translation>
        </message>
        <message>
            <source>Random starting weights whose spread depends on how many inputs and outputs the layer has; Keras's default and a good match for tanh and sigmoid.</source>
            <translation>Pesos iniciales aleatorios cuya dispersión depende de cuántas entradas y salidas tiene la capa; es la opción por defecto de Keras y va bien con tanh y sigmoid.</translation>
        </message>
        <message>
            <source>Glorot normal</source>
            <translation>Glorot normal</translation>
        </message>
        <message>
            <source>Like Glorot uniform, but drawn from a bell curve.</source>
            <translation>Como Glorot uniforme, pero sacados de una campana de Gauss.</translation>
        </message>
        <message>
            <source>He uniform</source>
            <translation>He uniforme</translation>
        </message>
        <message>
            <source>Random starting weights scaled for ReLU layers, so the signal neither fades nor explodes.</source>
            <translation>Pesos iniciales aleatorios escalados para capas ReLU, para que la señal ni se apague ni se dispare.</translation>
        </message>
        <message>
            <source>He normal</source>
            <translation>He normal</translation>
        </message>
        <message>
            <source>Like He uniform, but drawn from a bell curve.</source>
            <translation>Como He uniforme, pero sacados de una campana de Gauss.</translation>
        </message>
        <message>
            <source>LeCun uniform</source>
            <translation>LeCun uniforme</translation>
        </message>
        <message>
            <source>Random starting weights scaled by the number of inputs only.</source>
            <translation>Pesos iniciales aleatorios escalados solo según el número de entradas.</translation>
        </message>
        <message>
            <source>LeCun normal</source>
            <translation>LeCun normal</translation>
        </message>
        <message>
            <source>Like LeCun uniform, but drawn from a bell curve; the partner of SELU.</source>
            <translation>Como LeCun uniforme, pero sacados de una campana de Gauss; la pareja de SELU.</translation>
        </message>
        <message>
            <source>Random normal</source>
            <translation>Normal aleatoria</translation>
        </message>
        <message>
            <source>Small random numbers from a bell curve with spread 0.05.</source>
            <translation>Números aleatorios pequeños sacados de una campana de Gauss con dispersión 0.05.</translation>
        </message>
        <message>
            <source>Random uniform</source>
            <translation>Uniforme aleatoria</translation>
        </message>
        <message>
            <source>Small random numbers between -0.05 and 0.05.</source>
            <translation>Números aleatorios pequeños entre -0.05 y 0.05.</translation>
        </message>
        <message>
            <source>Zeros</source>
            <translation>Ceros</translation>
        </message>
        <message>
            <source>Every weight starts at 0; fine for biases, but a layer of weights that all start equal can never learn different things.</source>
            <translation>Todos los pesos empiezan en 0; vale para los sesgos, pero una capa cuyos pesos empiezan todos iguales nunca puede aprender cosas distintas.</translation>
        </message>
        <message>
            <source>Ones</source>
            <translation>Unos</translation>
        </message>
        <message>
            <source>Every weight starts at 1.</source>
            <translation>Todos los pesos empiezan en 1.</translation>
        </message>
        <message>
            <source>Units</source>
            <translation>Neuronas</translation>
        </message>
        <message>
            <source>How many neurons the layer has, which is also how many numbers it outputs.</source>
            <translation>Cuántas neuronas tiene la capa, que es también cuántos números produce.</translation>
        </message>
        <message>
            <source>Activation</source>
            <translation>Activación</translation>
        </message>
        <message>
            <source>The function each neuron applies to its weighted sum before passing it on.</source>
            <translation>La función que cada neurona aplica a su suma ponderada antes de pasarla a la siguiente capa.</translation>
        </message>
        <message>
            <source>Use bias</source>
            <translation>Usar sesgo</translation>
        </message>
        <message>
            <source>Whether each neuron also learns a bias, a number added to its weighted sum.</source>
            <translation>Si cada neurona aprende también un sesgo, un número que se suma a su suma ponderada.</translation>
        </message>
        <message>
            <source>Weight initializer</source>
            <translation>Inicializador de pesos</translation>
        </message>
        <message>
            <source>How the weights are set before training starts.</source>
            <translation>Cómo se fijan los pesos antes de empezar el entrenamiento.</translation>
        </message>
        <message>
            <source>Bias initializer</source>
            <translation>Inicializador de sesgos</translation>
        </message>
        <message>
            <source>How the biases are set before training starts.</source>
            <translation>Cómo se fijan los sesgos antes de empezar el entrenamiento.</translation>
        </message>
        <message>
            <source>Padding</source>
            <translation>Relleno</translation>
        </message>
        <message>
            <source>'valid' only looks where the window fits, so the picture shrinks; 'same' pads the edges with zeros so it keeps its size.</source>
            <translation>'valid' solo mira donde cabe la ventana, así que la imagen se encoge; 'same' rellena los bordes con ceros para que mantenga su tamaño.</translation>
        </message>
        <message>
            <source>Return sequences</source>
            <translation>Devolver secuencias</translation>
        </message>
        <message>
            <source>Output one vector per time step (to feed another recurrent layer) instead of only the last one.</source>
            <translation>Produce un vector por cada paso de tiempo (para alimentar otra capa recurrente) en lugar de solo el último.</translation>
        </message>
        <message>
            <source>Core</source>
            <translation>Básicas</translation>
        </message>
        <message>
            <source>Convolution</source>
            <translation>Convolución</translation>
        </message>
        <message>
            <source>Recurrent</source>
            <translation>Recurrentes</translation>
        </message>
        <message>
            <source>Regularisation</source>
            <translation>Regularización</translation>
        </message>
        <message>
            <source>Input</source>
            <extracomment>The Keras layer's name, which the exported code uses too.</extracomment>
            <translation>Input</translation>
        </message>
        <message>
            <source>Where the data enters the network; its shape is the shape of one example.</source>
            <translation>Donde los datos entran en la red; su forma es la forma de un ejemplo.</translation>
        </message>
        <message>
            <source>Shape</source>
            <translation>Forma</translation>
        </message>
        <message>
            <source>The shape of one example, such as 28, 28 for an MNIST digit or 2 for an XOR row; leave it empty to take it from the data.</source>
            <translation>La forma de un ejemplo, como 28, 28 para un dígito de MNIST o 2 para una fila de XOR; déjala vacía para tomarla de los datos.</translation>
        </message>
        <message>
            <source>from the data</source>
            <extracomment>What an empty setting means, shown after "empty means:".</extracomment>
            <translation>tomada de los datos</translation>
        </message>
        <message>
            <source>Flatten</source>
            <extracomment>The Keras layer's name, which the exported code uses too.</extracomment>
            <translation>Flatten</translation>
        </message>
        <message>
            <source>Lays a picture (or any grid) out as one long row of numbers, so a Dense layer can read it; it learns nothing.</source>
            <translation>Extiende una imagen (o cualquier cuadrícula) en una sola fila larga de números para que una capa Dense pueda leerla; no aprende nada.</translation>
        </message>
        <message>
            <source>Dense</source>
            <extracomment>The Keras layer's name, which the exported code uses too.</extracomment>
            <translation>Dense</translation>
        </message>
        <message>
            <source>A fully connected layer: every neuron looks at every input, multiplies each by a weight, adds them up with a bias and applies the activation.</source>
            <translation>Una capa totalmente conectada: cada neurona mira todas las entradas, multiplica cada una por un peso, las suma junto con un sesgo y aplica la función de activación.</translation>
        </message>
        <message>
            <source>{label} {units}, {activation}</source>
            <extracomment>A layer's short caption in the network diagram ("Dense 128, ReLU"): {label} is the layer's name, the other names in braces its settings (keep them as they are).</extracomment>
            <translation>{label} {units}, {activation}</translation>
        </message>
        <message>
            <source>Applies an activation function on its own, as a separate step.</source>
            <translation>Aplica una función de activación por sí sola, como un paso aparte.</translation>
        </message>
        <message>
            <source>{label}: {activation}</source>
            <extracomment>A layer's short caption in the network diagram; keep the names in braces.</extracomment>
            <translation>{label}: {activation}</translation>
        </message>
        <message>
            <source>Reshape</source>
            <extracomment>The Keras layer's name, which the exported code uses too.</extracomment>
            <translation>Reshape</translation>
        </message>
        <message>
            <source>Rearranges the numbers into a new shape with the same count, for example 784 into 28, 28, 1 so a Conv2D layer can read it.</source>
            <translation>Reorganiza los números en una forma nueva con la misma cantidad, por ejemplo 784 en 28, 28, 1 para que una capa Conv2D pueda leerlos.</translation>
        </message>
        <message>
            <source>Target shape</source>
            <translation>Forma de destino</translation>
        </message>
        <message>
            <source>The new shape of one example; one entry may be -1 to fill in the rest.</source>
            <translation>La nueva forma de un ejemplo; una de las entradas puede ser -1 para completar el resto.</translation>
        </message>
        <message>
            <source>Dropout</source>
            <extracomment>The Keras layer's name, which the exported code uses too.</extracomment>
            <translation>Dropout</translation>
        </message>
        <message>
            <source>During training, switches off a random share of its inputs at each step so the network cannot rely on any single neuron; it does nothing when predicting.</source>
            <translation>Durante el entrenamiento, apaga en cada paso una parte aleatoria de sus entradas para que la red no pueda depender de una sola neurona; no hace nada al predecir.</translation>
        </message>
        <message>
            <source>Rate</source>
            <translation>Tasa</translation>
        </message>
        <message>
            <source>The share of inputs switched off at each training step, from 0 (none) up to, but not including, 1 (all).</source>
            <translation>La parte de las entradas que se apaga en cada paso de entrenamiento, desde 0 (ninguna) hasta 1 (todas), sin llegar a 1.</translation>
        </message>
        <message>
            <source>{label} {rate}</source>
            <extracomment>A layer's short caption in the network diagram; keep the names in braces.</extracomment>
            <translation>{label} {rate}</translation>
        </message>
        <message>
            <source>Batch normalization</source>
            <translation>Normalización por lotes</translation>
        </message>
        <message>
            <source>Rescales its inputs to a steady mean and spread during training, which often lets a network learn faster.</source>
            <translation>Reescala sus entradas a una media y una dispersión estables durante el entrenamiento, lo que a menudo permite que la red aprenda más rápido.</translation>
        </message>
        <message>
            <source>Momentum</source>
            <translation>Momento</translation>
        </message>
        <message>
            <source>How slowly the running mean and spread follow each new batch.</source>
            <translation>Con qué lentitud la media y la dispersión acumuladas siguen a cada nuevo lote.</translation>
        </message>
        <message>
            <source>Epsilon</source>
            <translation>Épsilon</translation>
        </message>
        <message>
            <source>A tiny number added to avoid dividing by zero.</source>
            <translation>Un número diminuto que se suma para no dividir entre cero.</translation>
        </message>
        <message>
            <source>Conv2D</source>
            <extracomment>The Keras layer's name, which the exported code uses too.</extracomment>
            <translation>Conv2D</translation>
        </message>
        <message>
            <source>Slides small learned filters over a picture and records where each filter finds its pattern (edges, curves, corners).</source>
            <translation>Desliza pequeños filtros aprendidos sobre una imagen y anota dónde encuentra cada filtro su patrón (bordes, curvas, esquinas).</translation>
        </message>
        <message>
            <source>Filters</source>
            <translation>Filtros</translation>
        </message>
        <message>
            <source>How many different patterns the layer learns to look for.</source>
            <translation>Cuántos patrones distintos aprende a buscar la capa.</translation>
        </message>
        <message>
            <source>Kernel size</source>
            <translation>Tamaño del filtro</translation>
        </message>
        <message>
            <source>The width and height of each filter, in pixels.</source>
            <translation>El ancho y el alto de cada filtro, en píxeles.</translation>
        </message>
        <message>
            <source>Stride</source>
            <translation>Desplazamiento</translation>
        </message>
        <message>
            <source>How many pixels the filter moves at each step.</source>
            <translation>Cuántos píxeles se mueve el filtro en cada paso.</translation>
        </message>
        <message>
            <source>pictures with channels (height, width, channels)</source>
            <extracomment>Completes "it needs …, that is 3 numbers per shape."</extracomment>
            <translation>imágenes con canales (alto, ancho, canales)</translation>
        </message>
        <message>
            <source>{label} {filters}, {kernel_size}×{kernel_size}, {activation}</source>
            <extracomment>A layer's short caption in the network diagram; keep the names in braces.</extracomment>
            <translation>{label} {filters}, {kernel_size}×{kernel_size}, {activation}</translation>
        </message>
        <message>
            <source>Max pooling 2D</source>
            <translation>Max pooling 2D</translation>
        </message>
        <message>
            <source>Shrinks a picture by keeping only the largest value in each small window.</source>
            <translation>Reduce una imagen quedándose solo con el valor más grande de cada ventana pequeña.</translation>
        </message>
        <message>
            <source>Pool size</source>
            <translation>Tamaño de la ventana</translation>
        </message>
        <message>
            <source>The width and height of the window.</source>
            <translation>El ancho y el alto de la ventana.</translation>
        </message>
        <message>
            <source>How many pixels the window moves at each step; empty means the pool size.</source>
            <translation>Cuántos píxeles se mueve la ventana en cada paso; vacío significa lo mismo que el tamaño de la ventana.</translation>
        </message>
        <message>
            <source>same as the pool size</source>
            <extracomment>What an empty setting means, shown after "empty means:".</extracomment>
            <translation>igual que el tamaño de la ventana</translation>
        </message>
        <message>
            <source>Max pooling {pool_size}×{pool_size}</source>
            <extracomment>A layer's short caption in the network diagram; keep the names in braces.</extracomment>
            <translation>Max pooling {pool_size}×{pool_size}</translation>
        </message>
        <message>
            <source>Simple RNN</source>
            <translation>RNN simple</translation>
        </message>
        <message>
            <source>Reads a sequence one step at a time, carrying a memory from each step to the next.</source>
            <translation>Lee una secuencia paso a paso y lleva una memoria de cada paso al siguiente.</translation>
        </message>
        <message>
            <source>sequences (time steps, features)</source>
            <extracomment>Completes "it needs …, that is 2 numbers per shape."</extracomment>
            <translation>secuencias (pasos de tiempo, características)</translation>
        </message>
        <message>
            <source>LSTM</source>
            <extracomment>The Keras layer's name, which the exported code uses too.</extracomment>
            <translation>LSTM</translation>
        </message>
        <message>
            <source>A recurrent layer with gates that decide what to remember and what to forget, so it can follow long sequences.</source>
            <translation>Una capa recurrente con puertas que deciden qué recordar y qué olvidar, así puede seguir secuencias largas.</translation>
        </message>
        <message>
            <source>Gate activation</source>
            <translation>Activación de las puertas</translation>
        </message>
        <message>
            <source>The function the gates use to decide how much to let through.</source>
            <translation>La función que usan las puertas para decidir cuánto dejan pasar.</translation>
        </message>
        <message>
            <source>Categorical cross-entropy</source>
            <translation>Entropía cruzada categórica</translation>
        </message>
        <message>
            <source>For choosing one class out of several: punishes the network for giving the right class a low probability. Labels are one-hot (a 1 in the class's column).</source>
            <translation>Para elegir una clase entre varias: castiga a la red cuando da una probabilidad baja a la clase correcta. Las etiquetas son one-hot (un 1 en la columna de la clase).</translation>
        </message>
        <message>
            <source>Sparse categorical cross-entropy</source>
            <translation>Entropía cruzada categórica dispersa</translation>
        </message>
        <message>
            <source>The same as categorical cross-entropy, but the labels are plain class numbers (0 to 9 for digits) instead of one-hot rows.</source>
            <translation>Igual que la entropía cruzada categórica, pero las etiquetas son simples números de clase (de 0 a 9 para los dígitos) en lugar de filas one-hot.</translation>
        </message>
        <message>
            <source>Binary cross-entropy</source>
            <translation>Entropía cruzada binaria</translation>
        </message>
        <message>
            <source>For yes/no answers from a single sigmoid unit: punishes confident wrong answers hard.</source>
            <translation>Para respuestas de sí o no de una sola neurona sigmoid: castiga con fuerza las respuestas equivocadas dadas con mucha seguridad.</translation>
        </message>
        <message>
            <source>Mean squared error</source>
            <translation>Error cuadrático medio</translation>
        </message>
        <message>
            <source>The average of the squared differences between the output and the target; big mistakes count much more than small ones.</source>
            <translation>La media de los cuadrados de las diferencias entre la salida y el objetivo; los errores grandes cuentan mucho más que los pequeños.</translation>
        </message>
        <message>
            <source>Mean absolute error</source>
            <translation>Error absoluto medio</translation>
        </message>
        <message>
            <source>The average size of the differences between the output and the target.</source>
            <translation>El tamaño medio de las diferencias entre la salida y el objetivo.</translation>
        </message>
        <message>
            <source>Hinge</source>
            <translation>Hinge</translation>
        </message>
        <message>
            <source>The loss of support vector machines: it only cares whether the answer is on the right side of the boundary by a safe margin.</source>
            <translation>La pérdida de las máquinas de vectores de soporte: solo le importa que la respuesta quede en el lado correcto de la frontera, con un margen de seguridad.</translation>
        </message>
        <message>
            <source>Accuracy</source>
            <translation>Precisión</translation>
        </message>
        <message>
            <source>The share of examples the network gets right; Keras picks the right way to count it for the loss you chose.</source>
            <translation>La proporción de ejemplos que la red acierta; Keras elige la forma correcta de contarlos según la pérdida que hayas elegido.</translation>
        </message>
        <message>
            <source>Binary accuracy</source>
            <translation>Precisión binaria</translation>
        </message>
        <message>
            <source>The share of yes/no answers that are right, counting an output above 0.5 as 'yes'.</source>
            <translation>La proporción de respuestas de sí o no que son correctas; una salida mayor que 0.5 cuenta como «sí».</translation>
        </message>
        <message>
            <source>Categorical accuracy</source>
            <translation>Precisión categórica</translation>
        </message>
        <message>
            <source>The share of examples whose biggest output is the right class (one-hot labels).</source>
            <translation>La proporción de ejemplos cuya salida más grande es la clase correcta (etiquetas one-hot).</translation>
        </message>
        <message>
            <source>Sparse categorical accuracy</source>
            <translation>Precisión categórica dispersa</translation>
        </message>
        <message>
            <source>The share of examples whose biggest output is the right class (class-number labels).</source>
            <translation>La proporción de ejemplos cuya salida más grande es la clase correcta (etiquetas con el número de clase).</translation>
        </message>
        <message>
            <source>The average squared difference between output and target.</source>
            <translation>La media de los cuadrados de las diferencias entre la salida y el objetivo.</translation>
        </message>
        <message>
            <source>The average size of the difference between output and target.</source>
            <translation>El tamaño medio de la diferencia entre la salida y el objetivo.</translation>
        </message>
        <message>
            <source>Learning rate</source>
            <translation>Tasa de aprendizaje</translation>
        </message>
        <message>
            <source>How big a step the weights take at each update: too small learns slowly, too big overshoots and the loss jumps around or becomes NaN.</source>
            <translation>El tamaño del paso que dan los pesos en cada actualización: con una tasa demasiado pequeña se aprende despacio; con una demasiado grande, se pasa de largo y la pérdida da saltos o se vuelve NaN.</translation>
        </message>
        <message>
            <source>Learning-rate decay</source>
            <translation>Decaimiento de la tasa de aprendizaje</translation>
        </message>
        <message>
            <source>Shrinks the learning rate a little after every batch: rate / (1 + decay x steps). 0 keeps it constant.</source>
            <translation>Reduce un poco la tasa de aprendizaje después de cada lote: tasa / (1 + decaimiento x pasos). Con 0 se mantiene constante.</translation>
        </message>
        <message>
            <source>How much of the average gradient is carried over from one step to the next.</source>
            <translation>Cuánto del gradiente medio se arrastra de un paso al siguiente.</translation>
        </message>
        <message>
            <source>How much of the average squared gradient is carried over from one step to the next.</source>
            <translation>Cuánto del gradiente medio al cuadrado se arrastra de un paso al siguiente.</translation>
        </message>
        <message>
            <source>Beta 1</source>
            <translation>Beta 1</translation>
        </message>
        <message>
            <source>Beta 2</source>
            <translation>Beta 2</translation>
        </message>
        <message>
            <source>SGD</source>
            <translation>SGD</translation>
        </message>
        <message>
            <source>Stochastic gradient descent: after each batch, nudges every weight a small step downhill on the loss; momentum lets it keep rolling in a steady direction.</source>
            <translation>Descenso de gradiente estocástico: después de cada lote, mueve cada peso un pequeño paso cuesta abajo en la pérdida; el momento le permite seguir rodando en una dirección constante.</translation>
        </message>
        <message>
            <source>How much of the previous step is added to the next one, like a ball rolling downhill; 0.9 is common.</source>
            <translation>Cuánto del paso anterior se suma al siguiente, como una bola que rueda cuesta abajo; 0.9 es un valor habitual.</translation>
        </message>
        <message>
            <source>Nesterov</source>
            <translation>Nesterov</translation>
        </message>
        <message>
            <source>Looks ahead along the momentum before measuring the slope, which often steadies training.</source>
            <translation>Mira hacia delante en la dirección del momento antes de medir la pendiente, lo que a menudo estabiliza el entrenamiento.</translation>
        </message>
        <message>
            <source>Adam</source>
            <translation>Adam</translation>
        </message>
        <message>
            <source>Gives every weight its own step size, from running averages of its gradients; works well out of the box and is the usual first choice.</source>
            <translation>Da a cada peso su propio tamaño de paso, a partir de medias móviles de sus gradientes; funciona bien sin ajustar nada y suele ser la primera opción.</translation>
        </message>
        <message>
            <source>AdamW</source>
            <translation>AdamW</translation>
        </message>
        <message>
            <source>Adam plus weight decay: it also pulls every weight gently towards 0, which helps against overfitting.</source>
            <translation>Adam más decaimiento de pesos: además, empuja suavemente cada peso hacia 0, lo que ayuda contra el sobreajuste.</translation>
        </message>
        <message>
            <source>Weight decay</source>
            <translation>Decaimiento de pesos</translation>
        </message>
        <message>
            <source>How strongly the weights are pulled towards 0 at each step.</source>
            <translation>Con qué fuerza se empujan los pesos hacia 0 en cada paso.</translation>
        </message>
        <message>
            <source>RMSprop</source>
            <translation>RMSprop</translation>
        </message>
        <message>
            <source>Divides each step by a running average of recent gradient sizes, so weights with big gradients take smaller steps.</source>
            <translation>Divide cada paso entre una media móvil del tamaño de los gradientes recientes, así los pesos con gradientes grandes dan pasos más pequeños.</translation>
        </message>
        <message>
            <source>Rho</source>
            <translation>Rho</translation>
        </message>
        <message>
            <source>How much of the previous step is added to the next one.</source>
            <translation>Cuánto del paso anterior se suma al siguiente.</translation>
        </message>
        <message>
            <source>Adagrad</source>
            <translation>Adagrad</translation>
        </message>
        <message>
            <source>Gives weights that have already moved a lot smaller and smaller steps; good for rare features, but it can slow to a stop.</source>
            <translation>Da pasos cada vez más pequeños a los pesos que ya se han movido mucho; va bien con características poco frecuentes, pero puede llegar a frenarse del todo.</translation>
        </message>
        <message>
            <source>Initial accumulator</source>
            <translation>Acumulador inicial</translation>
        </message>
        <message>
            <source>The starting value of the running sum of squared gradients.</source>
            <translation>El valor inicial de la suma acumulada de los gradientes al cuadrado.</translation>
        </message>
        <message>
            <source>Adamax</source>
            <translation>Adamax</translation>
        </message>
        <message>
            <source>A variant of Adam that scales steps by the largest recent gradient instead of the average.</source>
            <translation>Una variante de Adam que escala los pasos según el gradiente reciente más grande en lugar de la media.</translation>
        </message>
        <message>
            <source>Nadam</source>
            <translation>Nadam</translation>
        </message>
        <message>
            <source>Adam with Nesterov's look-ahead momentum.</source>
            <translation>Adam con el momento de Nesterov, que mira hacia delante.</translation>
        </message>
        <message>
            <source>MNIST handwritten digits</source>
            <translation>Dígitos manuscritos MNIST</translation>
        </message>
        <message>
            <source>70,000 pictures of handwritten digits, 28 by 28 grey pixels each, labelled 0 to 9: 60,000 to learn from and 10,000 to test on.</source>
            <translation>70,000 imágenes de dígitos escritos a mano, de 28 por 28 píxeles grises cada una, etiquetadas del 0 al 9: 60,000 para aprender y 10,000 para la prueba.</translation>
        </message>
        <message>
            <source>XOR truth table</source>
            <translation>Tabla de verdad de XOR</translation>
        </message>
        <message>
            <source>Four rows, two inputs each: the answer is 1 when exactly one input is 1 (old or young customer, middle or high income), a problem no straight line can separate.</source>
            <translation>Cuatro filas con dos entradas cada una: la respuesta es 1 cuando exactamente una de las entradas es 1 (cliente mayor o joven, ingresos medios o altos), un problema que ninguna línea recta puede separar.</translation>
        </message>
        <message>
            <source>8 features, 4 classes (generated)</source>
            <translation>8 características, 4 clases (datos generados)</translation>
        </message>
        <message>
            <source>1,000 generated examples with 8 numeric features each, in 4 overlapping clusters, one per class; the same every time.</source>
            <translation>1,000 ejemplos generados con 8 características numéricas cada uno, en 4 grupos que se solapan, uno por clase; siempre los mismos.</translation>
        </message>
        <message>
            <source>Your own CSV file</source>
            <translation>Tu propio archivo CSV</translation>
        </message>
        <message>
            <source>A table of numbers with a header row; one column holds the label, the others are the features.</source>
            <translation>Una tabla de números con una fila de encabezado; una columna contiene la etiqueta y las demás son las características.</translation>
        </message>
        <message>
            <source>None</source>
            <translation>Ninguno</translation>
        </message>
        <message>
            <source>Use the numbers exactly as they are in the file.</source>
            <translation>Usar los números exactamente como están en el archivo.</translation>
        </message>
        <message>
            <source>Scale to 0..1</source>
            <translation>Escalar a 0..1</translation>
        </message>
        <message>
            <source>Divide by the largest value in the training data (255 for pixels), so every input lies between 0 and 1.</source>
            <translation>Dividir entre el valor más grande de los datos de entrenamiento (255 para los píxeles), así cada entrada queda entre 0 y 1.</translation>
        </message>
        <message>
            <source>Scale to -1..1</source>
            <translation>Escalar a -1..1</translation>
        </message>
        <message>
            <source>Stretch the training data's range onto -1 to 1.</source>
            <translation>Estirar el rango de los datos de entrenamiento para que vaya de -1 a 1.</translation>
        </message>
        <message>
            <source>Centre, divide by overall spread</source>
            <translation>Centrar y dividir por la dispersión global</translation>
        </message>
        <message>
            <source>Subtract each feature's training mean and divide by the spread of all the training numbers together (the classic way for pixels).</source>
            <translation>Restar la media de entrenamiento de cada característica y dividir por la dispersión de todos los números de entrenamiento juntos (el método clásico para píxeles).</translation>
        </message>
        <message>
            <source>Standardise each feature</source>
            <translation>Estandarizar cada característica</translation>
        </message>
        <message>
            <source>Give each feature a training mean of 0 and spread of 1 (the classic way for table columns of different sizes).</source>
            <translation>Dar a cada característica una media de entrenamiento de 0 y una dispersión de 1 (el método clásico para columnas de tablas con tamaños distintos).</translation>
        </message>
        <message>
            <source>Epochs</source>
            <translation>Épocas</translation>
        </message>
        <message>
            <source>How many times the network works through the whole training set.</source>
            <translation>Cuántas veces recorre la red todo el conjunto de entrenamiento.</translation>
        </message>
        <message>
            <source>Batch size</source>
            <translation>Tamaño de lote</translation>
        </message>
        <message>
            <source>How many examples the network looks at before each update of its weights.</source>
            <translation>Cuántos ejemplos mira la red antes de cada actualización de sus pesos.</translation>
        </message>
        <message>
            <source>Random seed</source>
            <translation>Semilla aleatoria</translation>
        </message>
        <message>
            <source>Fixes the random starting weights and shuffling, so a run can be repeated exactly.</source>
            <translation>Fija los pesos iniciales aleatorios y el barajado, para que una ejecución se pueda repetir exactamente igual.</translation>
        </message>
        <message>
            <source>Shuffle</source>
            <translation>Barajar</translation>
        </message>
        <message>
            <source>Mix up the order of the training examples before every epoch.</source>
            <translation>Mezclar el orden de los ejemplos de entrenamiento antes de cada época.</translation>
        </message>
        <message>
            <source>Validation share</source>
            <translation>Proporción de validación</translation>
        </message>
        <message>
            <source>The share of the training data held back to check the network on examples it does not learn from, after every epoch.</source>
            <translation>La proporción de los datos de entrenamiento que se reserva para comprobar la red, después de cada época, con ejemplos de los que no aprende.</translation>
        </message>
        <message>
            <source>Test share</source>
            <translation>Proporción de prueba</translation>
        </message>
        <message>
            <source>For data without a separate test set: the share of rows kept aside for the final test.</source>
            <translation>Para datos sin un conjunto de prueba aparte: la proporción de filas que se reserva para la prueba final.</translation>
        </message>
        <message>
            <source>Training examples</source>
            <translation>Ejemplos de entrenamiento</translation>
        </message>
        <message>
            <source>Use only this many training examples (0 uses them all); handy for a quick try.</source>
            <translation>Usar solo esta cantidad de ejemplos de entrenamiento (0 los usa todos); práctico para una prueba rápida.</translation>
        </message>
        <message>
            <source>Test examples</source>
            <translation>Ejemplos de prueba</translation>
        </message>
        <message>
            <source>Use only this many test examples (0 uses them all).</source>
            <translation>Usar solo esta cantidad de ejemplos de prueba (0 los usa todos).</translation>
        </message>
        <message>
            <source>Flatten inputs</source>
            <translation>Aplanar entradas</translation>
        </message>
        <message>
            <source>Lay each example out as one long row while loading (784 numbers for a digit) instead of with a Flatten layer.</source>
            <translation>Extender cada ejemplo en una sola fila larga al cargarlo (784 números para un dígito) en lugar de usar una capa Flatten.</translation>
        </message>
        <message>
            <source>Skip rows with missing values</source>
            <translation>Omitir filas con valores que faltan</translation>
        </message>
        <message>
            <source>For a CSV file: leave out every row with an empty cell (or NA, N/A, NaN, null or ?) instead of refusing the file; the data's description says how many.</source>
            <translation>Para un archivo CSV: dejar fuera cada fila con una celda vacía (o NA, N/A, NaN, null o ?) en lugar de rechazar el archivo; la descripción de los datos dice cuántas.</translation>
        </message>
        <message>
            <source>Layers with no activation between them</source>
            <translation>Capas sin activación entre ellas</translation>
        </message>
        <message>
            <source>Two layers in a row with no activation between them work exactly like one layer: together they can still only draw straight lines, so they cannot learn XOR.</source>
            <translation>Dos capas seguidas sin activación entre ellas funcionan exactamente como una sola capa: juntas solo pueden trazar líneas rectas, así que no pueden aprender XOR.</translation>
        </message>
        <message>
            <source>Give the first of them an activation such as ReLU.</source>
            <translation>Dale a la primera una función de activación, como ReLU.</translation>
        </message>
        <message>
            <source>A layer after the output</source>
            <translation>Una capa después de la salida</translation>
        </message>
        <message>
            <source>The output layer's answers are what the loss scores; Dropout or batch normalization after it changes those answers at random or shifts them, so they are no longer probabilities.</source>
            <translation>Las respuestas de la capa de salida son lo que puntúa la pérdida; un Dropout o una normalización por lotes detrás de ella cambia esas respuestas al azar o las desplaza, así que dejan de ser probabilidades.</translation>
        </message>
        <message>
            <source>Move it before the output layer.</source>
            <translation>Muévela antes de la capa de salida.</translation>
        </message>
        <message>
            <source>An unusual learning rate</source>
            <translation>Una tasa de aprendizaje poco habitual</translation>
        </message>
        <message>
            <source>Too large a learning rate makes each step jump past the best weights, so the loss jumps about or becomes NaN; too small a one makes training crawl.</source>
            <translation>Con una tasa de aprendizaje demasiado grande, cada paso se pasa de los mejores pesos, así que la pérdida da saltos o se vuelve NaN; con una demasiado pequeña, el entrenamiento avanza a paso de tortuga.</translation>
        </message>
        <message>
            <source>Start from the optimizer's usual value (shown as its default) and change it by factors of 10.</source>
            <translation>Empieza con el valor habitual del optimizador (el que aparece por defecto) y cámbialo multiplicando o dividiendo por 10.</translation>
        </message>
        <message>
            <source>Far more weights than examples</source>
            <translation>Muchos más pesos que ejemplos</translation>
        </message>
        <message>
            <source>With many more weights to learn than examples to learn from, a network can memorise the training examples instead of learning what they have in common.</source>
            <translation>Cuando hay muchos más pesos que aprender que ejemplos de los que aprender, una red puede memorizar los ejemplos de entrenamiento en lugar de aprender lo que tienen en común.</translation>
        </message>
        <message>
            <source>Use fewer neurons, more data, or Dropout, and hold back some examples for validation to see whether it memorises.</source>
            <translation>Usa menos neuronas, más datos o Dropout, y reserva algunos ejemplos para la validación para ver si memoriza.</translation>
        </message>
        <message>
            <source>Many epochs and nothing held back</source>
            <translation>Muchas épocas y nada reservado</translation>
        </message>
        <message>
            <source>After many epochs a network starts memorising its training examples; only examples held back for validation show when that begins.</source>
            <translation>Tras muchas épocas, una red empieza a memorizar sus ejemplos de entrenamiento; solo los ejemplos reservados para la validación muestran cuándo empieza a pasar.</translation>
        </message>
        <message>
            <source>Set the validation share to 0.1 and watch the validation loss.</source>
            <translation>Pon la proporción de validación en 0.1 y fíjate en la pérdida de validación.</translation>
        </message>
        <message>
            <source>A deep stack of sigmoid or tanh layers</source>
            <translation>Una pila profunda de capas sigmoid o tanh</translation>
        </message>
        <message>
            <source>Sigmoid and tanh flatten out for large inputs, and each layer makes the signal that trains the early layers smaller: deep stacks of them learn very slowly.</source>
            <translation>Sigmoid y tanh se aplanan con entradas grandes, y cada capa hace más pequeña la señal que entrena a las primeras capas: las pilas profundas de estas capas aprenden muy despacio.</translation>
        </message>
        <message>
            <source>Use ReLU in the hidden layers.</source>
            <translation>Usa ReLU en las capas ocultas.</translation>
        </message>
        <message>
            <source>Pixels from 0 to 255</source>
            <translation>Píxeles de 0 a 255</translation>
        </message>
        <message>
            <source>Inputs in the hundreds make the first layer's sums huge, so training starts badly and needs a tiny learning rate.</source>
            <translation>Con entradas de cientos, las sumas de la primera capa son enormes, así que el entrenamiento empieza mal y necesita una tasa de aprendizaje diminuta.</translation>
        </message>
        <message>
            <source>Choose the preprocessing 'Scale to 0..1'.</source>
            <translation>Elige el preprocesamiento «Escalar a 0..1».</translation>
        </message>
        <message>
            <source>A Dense layer on a picture</source>
            <translation>Una capa Dense sobre una imagen</translation>
        </message>
        <message>
            <source>A Dense layer works along the last axis only: on a 28x28 picture it looks at each row of 28 pixels on its own, never at the whole digit.</source>
            <translation>Una capa Dense trabaja solo sobre el último eje: en una imagen de 28x28 mira cada fila de 28 píxeles por separado, nunca el dígito entero.</translation>
        </message>
        <message>
            <source>Put a Flatten layer before it.</source>
            <translation>Pon una capa Flatten antes de ella.</translation>
        </message>
        <message>
            <source>Weights that all start the same</source>
            <translation>Pesos que empiezan todos iguales</translation>
        </message>
        <message>
            <source>Neurons that start with the same weights get the same updates, so they stay the same and the layer learns as if it had one neuron.</source>
            <translation>Las neuronas que empiezan con los mismos pesos reciben las mismas actualizaciones, así que siguen siendo iguales y la capa aprende como si tuviera una sola neurona.</translation>
        </message>
        <message>
            <source>Use a random initializer such as Glorot uniform (the default).</source>
            <translation>Usa un inicializador aleatorio, como Glorot uniforme (el que viene por defecto).</translation>
        </message>
        <message>
            <source>A very large layer</source>
            <translation>Una capa muy grande</translation>
        </message>
        <message>
            <source>A layer with millions of weights takes much memory and time to train, and rarely helps a small dataset.</source>
            <translation>Una capa con millones de pesos necesita mucha memoria y mucho tiempo para entrenarse, y rara vez ayuda con un conjunto de datos pequeño.</translation>
        </message>
        <message>
            <source>Shrink the picture first (pooling) or use fewer neurons.</source>
            <translation>Reduce antes la imagen (pooling) o usa menos neuronas.</translation>
        </message>
        <message>
            <source>Batches of one example</source>
            <translation>Lotes de un solo ejemplo</translation>
        </message>
        <message>
            <source>One example per step makes every epoch as many steps as examples: slow, and a noisy loss.</source>
            <translation>Con un ejemplo por paso, cada época tiene tantos pasos como ejemplos: es lento y la pérdida sale con mucho ruido.</translation>
        </message>
        <message>
            <source>Use a batch size of 32.</source>
            <translation>Usa un tamaño de lote de 32.</translation>
        </message>
        <message>
            <source>A distance loss for classes</source>
            <translation>Una pérdida de distancia para clases</translation>
        </message>
        <message>
            <source>Mean squared or absolute error measure how far numbers are apart; for choosing a class, cross-entropy learns much faster.</source>
            <translation>El error cuadrático medio y el error absoluto medio miden lo lejos que están unos números de otros; para elegir una clase, la entropía cruzada aprende mucho más rápido.</translation>
        </message>
        <message>
            <source>Use categorical cross-entropy with softmax (or binary cross-entropy with one sigmoid unit).</source>
            <translation>Usa la entropía cruzada categórica con softmax (o la entropía cruzada binaria con una sola neurona sigmoid).</translation>
        </message>
        <message>
            <source>XOR with no hidden layer</source>
            <translation>XOR sin capa oculta</translation>
        </message>
        <message>
            <source>One layer can only separate the classes with a straight line, and no straight line separates XOR's two classes.</source>
            <translation>Una sola capa solo puede separar las clases con una línea recta, y ninguna línea recta separa las dos clases de XOR.</translation>
        </message>
        <message>
            <source>Add a hidden Dense layer with ReLU before the output, as the XOR template has.</source>
            <translation>Añade una capa Dense oculta con ReLU antes de la salida, como en la plantilla de XOR.</translation>
        </message>
        <message>
            <source>Dropout that drops most of the signal</source>
            <translation>Un Dropout que descarta casi toda la señal</translation>
        </message>
        <message>
            <source>Dropping most neurons at every step leaves too little for the next layer to learn from.</source>
            <translation>Si en cada paso se descartan la mayoría de las neuronas, a la capa siguiente le queda muy poco de lo que aprender.</translation>
        </message>
        <message>
            <source>Use a rate between 0.1 and 0.5.</source>
            <translation>Usa una tasa entre 0.1 y 0.5.</translation>
        </message>
    </context>
    <context>
        <name>CodeTab</name>
        <message>
            <source># The network has problems, fix them to see the code:</source>
            <extracomment>How long the network must stay unchanged before the code is written again, in ms; typing "128" into a field then costs one update, not three.</extracomment>
            <translation># La red tiene problemas; corrígelos para ver el código:</translation>
        </message>
        <message>
            <source>The Python script that File ▸ Export Keras script saves. Export Jupyter notebook puts the same code in cells.</source>
            <translation>El script de Python que guarda Archivo ▸ Exportar script de Keras. Exportar cuaderno de Jupyter pone el mismo código en celdas.</translation>
        </message>
        <message>
            <source>Copy</source>
            <extracomment>The colours of a light editor theme, and of a dark one.</extracomment>
            <translation>Copiar</translation>
        </message>
        <message>
            <source>Copy the whole script, to paste into a file or a notebook.</source>
            <translation>Copiar todo el script, para pegarlo en un archivo o en un cuaderno.</translation>
        </message>
        <message>
            <source>Keras code</source>
            <translation>Código Keras</translation>
        </message>
        <message>
            <source>The Keras code this network amounts to, read-only</source>
            <translation>El código Keras al que equivale esta red, de solo lectura</translation>
        </message>
        <message>
            <source>The code could not be written: {error}</source>
            <translation>No se pudo escribir el código: {error}</translation>
        </message>
        <message>
            <source>Copied ✓</source>
            <translation>Copiado ✓</translation>
        </message>
    </context>
    <context>
        <name>Colours</name>
        <message>
            <source>As the computer (system)</source>
            <translation>Igual que el ordenador (sistema)</translation>
        </message>
        <message>
            <source>&amp;Light</source>
            <translation>&amp;Claro</translation>
        </message>
        <message>
            <source>&amp;Dark</source>
            <translation>&amp;Oscuro</translation>
        </message>
        <message>
            <source>&amp;Usual colours</source>
            <translation>Colores &amp;habituales</translation>
        </message>
        <message>
            <source>Colours for colour &amp;blindness</source>
            <translation>Colores para &amp;daltonismo</translation>
        </message>
    </context>
    <context>
        <name>CommandLine</name>
        <message>
            <source>a project file (.nnproj)</source>
            <extracomment>What ``--language`` takes besides a language's code: follow the computer's language. The sub-commands' names (set by build_parser).</extracomment>
            <translation>un archivo de proyecto (.nnproj)</translation>
        </message>
        <message>
            <source>a built-in template</source>
            <translation>una plantilla incluida</translation>
        </message>
        <message>
            <source>nnstudio: -o expected the name of the project file to write, such as xor{suffix}; received {output!r}, which names no file.</source>
            <translation>nnstudio: -o esperaba el nombre del archivo de proyecto que se va a escribir, como xor{suffix}; se recibió {output!r}, que no nombra ningún archivo.</translation>
        </message>
        <message>
            <source>nnstudio: -o expected a name ending in {suffix} (so that the window lists and opens the project); received {name}, which ends in {ending}. Try: -o {better}</source>
            <translation>nnstudio: -o esperaba un nombre terminado en {suffix} (para que la ventana muestre y abra el proyecto); se recibió {name}, que termina en {ending}. Prueba: -o {better}</translation>
        </message>
        <message>
            <source>nnstudio: -o expected a name not taken yet, so that nothing is overwritten by accident; received {path}, which already exists. Add --force to replace it.</source>
            <translation>nnstudio: -o esperaba un nombre que aún no exista, para no sobrescribir nada por accidente; se recibió {path}, que ya existe. Añade --force para reemplazarlo.</translation>
        </message>
        <message>
            <source>Wrote {path} from the template {template}.</source>
            <translation>Se ha escrito {path} a partir de la plantilla {template}.</translation>
        </message>
        <message>
            <source>Project: {name}  (template {template})</source>
            <translation>Proyecto: {name}  (plantilla {template})</translation>
        </message>
        <message>
            <source>Project: {name}</source>
            <translation>Proyecto: {name}</translation>
        </message>
        <message>
            <source>Data: {description}</source>
            <translation>Datos: {description}</translation>
        </message>
        <message>
            <source>Layer (type)</source>
            <translation>Capa (tipo)</translation>
        </message>
        <message>
            <source>Output shape</source>
            <translation>Forma de salida</translation>
        </message>
        <message>
            <source>Param #</source>
            <translation>Parám. #</translation>
        </message>
        <message>
            <source>Total params: {total:,}  (trainable: {trainable:,}, non-trainable: {frozen:,})</source>
            <translation>Parámetros en total: {total:,}  (entrenables: {trainable:,}, no entrenables: {frozen:,})</translation>
        </message>
        <message>
            <source>Total params: {total:,} so far (some shapes are unknown)  (trainable: {trainable:,}, non-trainable: {frozen:,})</source>
            <translation>Parámetros en total: {total:,} por ahora (algunas formas son desconocidas)  (entrenables: {trainable:,}, no entrenables: {frozen:,})</translation>
        </message>
        <message>
            <source>Loss: {loss}; optimizer: {optimizer} (learning rate {learning_rate}); metrics: {metrics}</source>
            <translation>Pérdida: {loss}; optimizador: {optimizer} (tasa de aprendizaje {learning_rate}); métricas: {metrics}</translation>
        </message>
        <message>
            <source>none</source>
            <comment>no metrics</comment>
            <translation>ninguna</translation>
        </message>
        <message>
            <source>Training: {epochs}, batches of {batch_size}, seed {seed}</source>
            <translation>Entrenamiento: {epochs}, lotes de {batch_size}, semilla {seed}</translation>
        </message>
        <message numerus="yes">
            <source>%n epoch(s)</source>
            <translation>
                <numerusform>%n época</numerusform>
                <numerusform>%n épocas</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n problem(s)</source>
            <translation>
                <numerusform>%n problema</numerusform>
                <numerusform>%n problemas</numerusform>
            </translation>
        </message>
        <message>
            <source>{problems} and {warnings}:</source>
            <translation>{problems} y {warnings}:</translation>
        </message>
        <message numerus="yes">
            <source>%n warning(s)</source>
            <translation>
                <numerusform>%n aviso</numerusform>
                <numerusform>%n avisos</numerusform>
            </translation>
        </message>
        <message>
            <source>{problems}:</source>
            <translation>{problems}:</translation>
        </message>
        <message>
            <source>warning: {message}</source>
            <translation>aviso: {message}</translation>
        </message>
        <message>
            <source>No problems found.</source>
            <translation>No se ha encontrado ningún problema.</translation>
        </message>
        <message>
            <source>Advice ({count}): it will train, but perhaps not as you hope:</source>
            <translation>Consejos ({count}): entrenará, pero quizá no como esperas:</translation>
        </message>
        <message>
            <source>Why: {why}</source>
            <translation>Por qué: {why}</translation>
        </message>
        <message>
            <source>Try: {try_this}</source>
            <translation>Prueba: {try_this}</translation>
        </message>
        <message>
            <source>Analysis:</source>
            <translation>Análisis:</translation>
        </message>
        <message>
            <source>(measuring on this computer: a short run of a few seconds…)</source>
            <translation>(midiendo en este ordenador: una ejecución corta de unos segundos…)</translation>
        </message>
        <message>
            <source>Could not measure the time: {problem}</source>
            <translation>No se ha podido medir el tiempo: {problem}</translation>
        </message>
        <message>
            <source>(the time is measured once the network has no problems)</source>
            <translation>(el tiempo se mide cuando la red ya no tiene problemas)</translation>
        </message>
        <message>
            <source>--verify runs an exported folder: expected --folder DIR with it (the script alone reads its data from where it is on this computer).</source>
            <translation>--verify ejecuta una carpeta exportada: se esperaba --folder DIR junto a esta opción (el script solo lee sus datos desde donde están en este ordenador).</translation>
        </message>
        <message>
            <source>Expected where to write: -o FILE.py (a script), -o FILE.ipynb (a notebook), or --folder DIR (both, with the data and requirements, ready to copy).</source>
            <translation>Se esperaba dónde escribir: -o FILE.py (un script), -o FILE.ipynb (un cuaderno) o --folder DIR (los dos, con los datos y los requisitos, listos para copiar).</translation>
        </message>
        <message>
            <source>Wrote {path} (Jupyter notebook).</source>
            <translation>Se ha escrito {path} (cuaderno de Jupyter).</translation>
        </message>
        <message>
            <source>Wrote {path} (Python script).</source>
            <translation>Se ha escrito {path} (script de Python).</translation>
        </message>
        <message>
            <source>Wrote {folder}:</source>
            <translation>Se ha escrito {folder}:</translation>
        </message>
        <message>
            <source>Verifying: running the script offline for one short epoch…</source>
            <translation>Verificando: ejecutando el script sin conexión durante una época corta…</translation>
        </message>
        <message numerus="yes">
            <source>%n bytes</source>
            <translation>
                <numerusform>%n byte</numerusform>
                <numerusform>%n bytes</numerusform>
            </translation>
        </message>
        <message>
            <source>-o expected a project file name ending in {suffix}. Received: {output!r}.</source>
            <translation>-o esperaba un nombre de archivo de proyecto terminado en {suffix}. Se recibió: {output!r}.</translation>
        </message>
        <message>
            <source>{path} already exists: add --force to replace it.</source>
            <translation>{path} ya existe: añade --force para reemplazarlo.</translation>
        </message>
        <message>
            <source>nnstudio: nothing imported; {problems}:</source>
            <translation>nnstudio: no se ha importado nada; {problems}:</translation>
        </message>
        <message>
            <source>Wrote {path}: {name}, {layers}.</source>
            <translation>Se ha escrito {path}: {name}, {layers}.</translation>
        </message>
        <message numerus="yes">
            <source>%n layer(s)</source>
            <translation>
                <numerusform>%n capa</numerusform>
                <numerusform>%n capas</numerusform>
            </translation>
        </message>
        <message>
            <source>Note: {note}</source>
            <translation>Nota: {note}</translation>
        </message>
        <message>
            <source>Imported with its trained weights from {file}.</source>
            <translation>Importado con sus pesos entrenados desde {file}.</translation>
        </message>
        <message>
            <source>Its trained weights are kept beside the project ({file}): opening it in the window shows its results and answers drawn digits without training.</source>
            <translation>Sus pesos entrenados se guardan junto al proyecto ({file}): al abrirlo en la ventana, muestra sus resultados y reconoce dígitos dibujados sin entrenar.</translation>
        </message>
        <message>
            <source>--record keeps the run in a project file: expected a project file, found a template (write one first with 'nnstudio new').</source>
            <translation>--record guarda la ejecución en un archivo de proyecto: se esperaba un archivo de proyecto, pero se encontró una plantilla (escribe primero uno con 'nnstudio new').</translation>
        </message>
        <message>
            <source>Stopping after this batch (press Ctrl+C again to quit at once)...</source>
            <translation>Deteniendo después de este lote (pulsa Ctrl+C otra vez para salir enseguida)...</translation>
        </message>
        <message>
            <source>Not saving {path}: the weights are no longer numbers.</source>
            <translation>No se guarda {path}: los pesos ya no son números.</translation>
        </message>
        <message>
            <source>Kept the run in {file} (with the options given here, so it is not a run of the file's own settings).</source>
            <translation>Se ha guardado la ejecución en {file} (con las opciones indicadas aquí, así que no es una ejecución con los ajustes propios del archivo).</translation>
        </message>
        <message>
            <source>Kept the run in {file}.</source>
            <translation>Se ha guardado la ejecución en {file}.</translation>
        </message>
        <message>
            <source>Cannot save the trained network as {path}: that is a folder. Expected a file name such as {example}.</source>
            <translation>No se puede guardar la red entrenada como {path}: es una carpeta. Se esperaba un nombre de archivo, como {example}.</translation>
        </message>
        <message>
            <source>Cannot save the trained network as {path}: there is no folder {folder}. Create it first, or choose another place.</source>
            <translation>No se puede guardar la red entrenada como {path}: no existe la carpeta {folder}. Créala primero o elige otro lugar.</translation>
        </message>
        <message>
            <source>Cannot save the trained network as {path}: the folder {folder} cannot be written to ({error}). Choose another place.</source>
            <translation>No se puede guardar la red entrenada como {path}: no se puede escribir en la carpeta {folder} ({error}). Elige otro lugar.</translation>
        </message>
        <message>
            <source>Saved the trained model to {path}.</source>
            <translation>Se ha guardado el modelo entrenado en {path}.</translation>
        </message>
        <message>
            <source>nnstudio: {problem} Saved the trained model to {path} instead.</source>
            <translation>nnstudio: {problem} Se ha guardado el modelo entrenado en {path} en su lugar.</translation>
        </message>
        <message>
            <source>nnstudio: {problem} It could not be saved anywhere else either.</source>
            <translation>nnstudio: {problem} Tampoco se ha podido guardar en ningún otro sitio.</translation>
        </message>
        <message>
            <source>challenge</source>
            <translation>reto</translation>
        </message>
        <message>
            <source>lesson</source>
            <translation>lección</translation>
        </message>
        <message>
            <source>beginner</source>
            <translation>principiante</translation>
        </message>
        <message>
            <source>intermediate</source>
            <translation>intermedio</translation>
        </message>
        <message>
            <source>advanced</source>
            <translation>avanzado</translation>
        </message>
        <message>
            <source>{minutes:&gt;3} min</source>
            <translation>{minutes:&gt;3} min</translation>
        </message>
        <message>
            <source>Open one in the window from Learn, or write your own: see docs/lessons.md.</source>
            <translation>Abre una en la ventana desde Aprender o escribe la tuya: consulta docs/lessons.md.</translation>
        </message>
        <message>
            <source>{file}: {problems}:</source>
            <translation>{file}: {problems}:</translation>
        </message>
        <message>
            <source>{file}: a challenge with no problems: {title!r}, {steps} steps, {goals} with a goal, {predictions} prediction(s), about {minutes} minutes.</source>
            <translation>{file}: un reto sin problemas: {title!r}, {steps} pasos, {goals} con objetivo, {predictions} predicción(es), unos {minutes} minutos.</translation>
        </message>
        <message>
            <source>{file}: a lesson with no problems: {title!r}, {steps} steps, {goals} with a goal, {predictions} prediction(s), about {minutes} minutes.</source>
            <translation>{file}: una lección sin problemas: {title!r}, {steps} pasos, {goals} con objetivo, {predictions} predicción(es), unos {minutes} minutos.</translation>
        </message>
        <message>
            <source>No project files to grade: expected .nnproj files in {places}.</source>
            <translation>No hay archivos de proyecto que calificar: se esperaban archivos .nnproj en {places}.</translation>
        </message>
        <message>
            <source>Wrote {path}.</source>
            <translation>Se ha escrito {path}.</translation>
        </message>
        <message>
            <source>Learn neural networks by building them.</source>
            <translation>Aprende redes neuronales construyéndolas.</translation>
        </message>
        <message>
            <source>Run 'nnstudio COMMAND --help' for the options of one command, and 'nnstudio FILE.nnproj' to open a project in the window.</source>
            <translation>Ejecuta 'nnstudio COMMAND --help' para ver las opciones de un comando, y 'nnstudio FILE.nnproj' para abrir un proyecto en la ventana.</translation>
        </message>
        <message>
            <source>show program's version number and exit</source>
            <translation>mostrar el número de versión del programa y salir</translation>
        </message>
        <message>
            <source>the language to speak: {codes}, or system for the computer's (default: the one chosen in the window, else the computer's)</source>
            <translation>el idioma que se usa: {codes}, o system para el del ordenador (por defecto: el elegido en la ventana o, si no, el del ordenador)</translation>
        </message>
        <message>
            <source>open the window (what 'nnstudio' alone does)</source>
            <translation>abrir la ventana (lo que hace 'nnstudio' solo)</translation>
        </message>
        <message>
            <source>a project file to open</source>
            <translation>un archivo de proyecto que abrir</translation>
        </message>
        <message>
            <source>list the built-in networks</source>
            <translation>mostrar las redes incluidas</translation>
        </message>
        <message>
            <source>write a new project file from a template</source>
            <translation>escribir un archivo de proyecto nuevo a partir de una plantilla</translation>
        </message>
        <message>
            <source>the project file to write</source>
            <translation>el archivo de proyecto que se va a escribir</translation>
        </message>
        <message>
            <source>replace the file if it exists</source>
            <translation>reemplazar el archivo si ya existe</translation>
        </message>
        <message>
            <source>show the layers, their shapes and parameters, and problems</source>
            <translation>mostrar las capas, sus formas y parámetros, y los problemas</translation>
        </message>
        <message>
            <source>also the memory per layer, and the time of an epoch measured by a short run</source>
            <translation>también la memoria por capa y el tiempo de una época, medido con una ejecución corta</translation>
        </message>
        <message>
            <source>write runnable Keras code (a script or a notebook)</source>
            <translation>escribir código Keras ejecutable (un script o un cuaderno)</translation>
        </message>
        <message>
            <source>the .py or .ipynb file to write</source>
            <translation>el archivo .py o .ipynb que se va a escribir</translation>
        </message>
        <message>
            <source>default: by extension</source>
            <translation>por defecto: según la extensión</translation>
        </message>
        <message>
            <source>write a folder instead: script, notebook, data, requirements.txt and a README</source>
            <translation>escribir en su lugar una carpeta: script, cuaderno, datos, requirements.txt y un README</translation>
        </message>
        <message>
            <source>with --folder: run the script offline for one short epoch to prove it works</source>
            <translation>con --folder: ejecutar el script sin conexión durante una época corta para comprobar que funciona</translation>
        </message>
        <message>
            <source>make a project from a .keras file, a Keras script or a notebook</source>
            <translation>crear un proyecto a partir de un archivo .keras, un script de Keras o un cuaderno</translation>
        </message>
        <message>
            <source>a .keras file, a .py script or a .ipynb notebook</source>
            <translation>un archivo .keras, un script .py o un cuaderno .ipynb</translation>
        </message>
        <message>
            <source>train a network in the terminal</source>
            <translation>entrenar una red en la terminal</translation>
        </message>
        <message>
            <source>override the project's epochs</source>
            <translation>sustituir las épocas del proyecto</translation>
        </message>
        <message>
            <source>override the project's batch size</source>
            <translation>sustituir el tamaño de lote del proyecto</translation>
        </message>
        <message>
            <source>override the project's random seed</source>
            <translation>sustituir la semilla aleatoria del proyecto</translation>
        </message>
        <message>
            <source>use only this many training examples</source>
            <translation>usar solo esta cantidad de ejemplos de entrenamiento</translation>
        </message>
        <message>
            <source>use only this many test examples</source>
            <translation>usar solo esta cantidad de ejemplos de prueba</translation>
        </message>
        <message>
            <source>save the trained model here</source>
            <translation>guardar aquí el modelo entrenado</translation>
        </message>
        <message>
            <source>keep the finished run in the project file, as the window does</source>
            <translation>guardar la ejecución terminada en el archivo de proyecto, como hace la ventana</translation>
        </message>
        <message>
            <source>lessons and challenges: list, check, grade</source>
            <translation>lecciones y retos: listar, comprobar, calificar</translation>
        </message>
        <message>
            <source>the built-in lessons and challenges</source>
            <translation>las lecciones y retos incluidos</translation>
        </message>
        <message>
            <source>check a lesson file a teacher wrote</source>
            <translation>comprobar un archivo de lección escrito por un profesor</translation>
        </message>
        <message>
            <source>a lesson file (.nnlesson)</source>
            <translation>un archivo de lección (.nnlesson)</translation>
        </message>
        <message>
            <source>grade handed-in projects against a lesson</source>
            <translation>calificar proyectos entregados según una lección</translation>
        </message>
        <message>
            <source>a lesson file, or a built-in lesson's name</source>
            <translation>un archivo de lección o el nombre de una lección incluida</translation>
        </message>
        <message>
            <source>project files, or folders of them</source>
            <translation>archivos de proyecto o carpetas que los contengan</translation>
        </message>
        <message>
            <source>also write the table for a spreadsheet</source>
            <translation>escribir también la tabla para una hoja de cálculo</translation>
        </message>
        <message>
            <source>expected a whole number of at least {minimum}, received {text!r}</source>
            <translation>se esperaba un número entero de al menos {minimum}; se recibió {text!r}</translation>
        </message>
        <message>
            <source>nnstudio: there is no screen to open the window on (DISPLAY is not set); the command line works without one.</source>
            <translation>nnstudio: no hay ninguna pantalla donde abrir la ventana (DISPLAY no está definido); la línea de comandos funciona sin ella.</translation>
        </message>
        <message>
            <source>nnstudio {version}: learn neural networks by building them.</source>
            <translation>nnstudio {version}: aprende redes neuronales construyéndolas.</translation>
        </message>
        <message>
            <source>Built-in networks:</source>
            <translation>Redes incluidas:</translation>
        </message>
        <message>
            <source>Try:</source>
            <translation>Prueba:</translation>
        </message>
        <message>
            <source>Run 'nnstudio --help' for every command.</source>
            <translation>Ejecuta 'nnstudio --help' para ver todos los comandos.</translation>
        </message>
        <message>
            <source>expected one of {codes}, or {system}; received {text!r}</source>
            <translation>se esperaba uno de {codes} o {system}; se recibió {text!r}</translation>
        </message>
        <message>
            <source>nnstudio: expected a translation into {language} ({code}) in this installation, found none; speaking {spoken} instead.</source>
            <translation>nnstudio: se esperaba una traducción para {language} ({code}) en esta instalación, pero no hay ninguna; se usa {spoken} en su lugar.</translation>
        </message>
        <message>
            <source>nnstudio: stopped.</source>
            <translation>nnstudio: detenido.</translation>
        </message>
        <message>
            <source>nnstudio: something unexpected went wrong; this is a bug in nnstudio, not something you did. The details are in {path}.</source>
            <translation>nnstudio: algo inesperado ha salido mal; es un error de nnstudio, no algo que hayas hecho tú. Los detalles están en {path}.</translation>
        </message>
        <message>
            <source>nnstudio: something unexpected went wrong; this is a bug in nnstudio, not something you did.</source>
            <translation>nnstudio: algo inesperado ha salido mal; es un error de nnstudio, no algo que hayas hecho tú.</translation>
        </message>
    </context>
    <context>
        <name>CompareRuns</name>
        <message>
            <source>on</source>
            <extracomment>The parts of a project a run's settings keep (not its name, description or runs).</extracomment>
            <translation>activado</translation>
        </message>
        <message>
            <source>off</source>
            <translation>desactivado</translation>
        </message>
        <message>
            <source>none</source>
            <translation>ninguno</translation>
        </message>
        <message>
            <source>{setting} {old} → {new}</source>
            <extracomment>A change from one run to the next: "neurons 128 → 32".</extracomment>
            <translation>{setting} {old} → {new}</translation>
        </message>
        <message>
            <source>Layer {number} ({kind})</source>
            <translation>Capa {number} ({kind})</translation>
        </message>
        <message>
            <source>{kind} (layer {number}) removed</source>
            <translation>{kind} (capa {number}) eliminada</translation>
        </message>
        <message>
            <source>{kind} added as layer {number}</source>
            <translation>{kind} añadida como capa {number}</translation>
        </message>
        <message>
            <source>name</source>
            <translation>nombre</translation>
        </message>
        <message>
            <source>{layer}: {change}</source>
            <translation>{layer}: {change}</translation>
        </message>
        <message>
            <source>loss: {old} → {new}</source>
            <translation>pérdida: {old} → {new}</translation>
        </message>
        <message>
            <source>metrics</source>
            <translation>métricas</translation>
        </message>
        <message>
            <source>data: {old} → {new}</source>
            <translation>datos: {old} → {new}</translation>
        </message>
        <message>
            <source>preprocessing: {old} → {new}</source>
            <translation>preprocesamiento: {old} → {new}</translation>
        </message>
        <message>
            <source>data file {old} → {new}</source>
            <translation>archivo de datos {old} → {new}</translation>
        </message>
        <message>
            <source>the first run kept</source>
            <translation>la primera ejecución guardada</translation>
        </message>
        <message>
            <source>settings not recorded (a run from an older nnstudio)</source>
            <translation>ajustes no registrados (una ejecución de una versión anterior de nnstudio)</translation>
        </message>
        <message>
            <source>the same settings</source>
            <translation>los mismos ajustes</translation>
        </message>
    </context>
    <context>
        <name>Confusion</name>
        <message>
            <source>predicted {name}: the network answered {name}.</source>
            <translation>predicción {name}: la red respondió {name}.</translation>
        </message>
        <message>
            <source>true {name}</source>
            <translation>real {name}</translation>
        </message>
        <message>
            <source>{count} of the {total} test digits that are {true} were answered {predicted} (right): {share} of that row.</source>
            <translation>{count} de los {total} dígitos de prueba que son {true} recibieron la respuesta {predicted} (acierto): {share} de esa fila.</translation>
        </message>
        <message>
            <source>{count} of the {total} test digits that are {true} were answered {predicted} (wrong): {share} of that row.</source>
            <translation>{count} de los {total} dígitos de prueba que son {true} recibieron la respuesta {predicted} (error): {share} de esa fila.</translation>
        </message>
        <message>
            <source>{count} of the {total} test pictures that are {true} were answered {predicted} (right): {share} of that row.</source>
            <translation>{count} de las {total} imágenes de prueba que son {true} recibieron la respuesta {predicted} (acierto): {share} de esa fila.</translation>
        </message>
        <message>
            <source>{count} of the {total} test pictures that are {true} were answered {predicted} (wrong): {share} of that row.</source>
            <translation>{count} de las {total} imágenes de prueba que son {true} recibieron la respuesta {predicted} (error): {share} de esa fila.</translation>
        </message>
        <message>
            <source>{count} of the {total} test rows that are {true} were answered {predicted} (right): {share} of that row.</source>
            <translation>{count} de las {total} filas de prueba que son {true} recibieron la respuesta {predicted} (acierto): {share} de esa fila.</translation>
        </message>
        <message>
            <source>{count} of the {total} test rows that are {true} were answered {predicted} (wrong): {share} of that row.</source>
            <translation>{count} de las {total} filas de prueba que son {true} recibieron la respuesta {predicted} (error): {share} de esa fila.</translation>
        </message>
        <message>
            <source>{count} of the {total} test examples that are {true} were answered {predicted} (right): {share} of that row.</source>
            <translation>{count} de los {total} ejemplos de prueba que son {true} recibieron la respuesta {predicted} (acierto): {share} de esa fila.</translation>
        </message>
        <message>
            <source>{count} of the {total} test examples that are {true} were answered {predicted} (wrong): {share} of that row.</source>
            <translation>{count} de los {total} ejemplos de prueba que son {true} recibieron la respuesta {predicted} (error): {share} de esa fila.</translation>
        </message>
        <message>
            <source>The test digits that really are {name}.</source>
            <translation>Los dígitos de prueba que de verdad son {name}.</translation>
        </message>
        <message>
            <source>The test pictures that really are {name}.</source>
            <translation>Las imágenes de prueba que de verdad son {name}.</translation>
        </message>
        <message>
            <source>The test rows that really are {name}.</source>
            <translation>Las filas de prueba que de verdad son {name}.</translation>
        </message>
        <message>
            <source>The test examples that really are {name}.</source>
            <translation>Los ejemplos de prueba que de verdad son {name}.</translation>
        </message>
    </context>
    <context>
        <name>Crash</name>
        <message>
            <source>nnstudio ran into a problem</source>
            <translation>nnstudio ha tenido un problema</translation>
        </message>
        <message>
            <source>&lt;b&gt;Something unexpected went wrong inside nnstudio.&lt;/b&gt;&lt;br&gt;This is a bug in nnstudio, not something you did. Your project is still open; save it under a new name to be safe. If you tell your teacher, copy the report below and send it along.</source>
            <translation>&lt;b&gt;Algo inesperado ha fallado dentro de nnstudio.&lt;/b&gt;&lt;br&gt;Es un error de nnstudio, no algo que hayas hecho tú. Tu proyecto sigue abierto; guárdalo con otro nombre por seguridad. Si se lo cuentas a tu profesor o profesora, copia el informe de abajo y envíaselo.</translation>
        </message>
        <message>
            <source>Copy report</source>
            <translation>Copiar informe</translation>
        </message>
        <message>
            <source>Open log folder</source>
            <translation>Abrir carpeta de registros</translation>
        </message>
        <message>
            <source>Copied</source>
            <translation>Copiado</translation>
        </message>
    </context>
    <context>
        <name>CsvFile</name>
        <message>
            <source>Choose which column of the CSV file holds the label.</source>
            <extracomment>Enough of the file to hold its header row. Read-only: the table is shared by everyone who reads the same file (see read_csv). Class numbers 0..K-1, numbering the sorted distinct labels. Rows left out because a value was missing (only when the project skips such rows). The last table read, by the file (and its modification time) and the settings it was read with: the app describes the data, then loads it, and a big file takes seconds to read.</extracomment>
            <translation>Elige qué columna del archivo CSV contiene la etiqueta.</translation>
        </message>
        <message>
            <source>1 row with missing values was skipped.</source>
            <translation>Se omitió 1 fila con valores que faltaban.</translation>
        </message>
        <message>
            <source>{count:,} rows with missing values were skipped.</source>
            <translation>Se omitieron {count:,} filas con valores que faltaban.</translation>
        </message>
    </context>
    <context>
        <name>DataPreviewTab</name>
        <message>
            <source>Class</source>
            <extracomment>How many digits and table rows are shown. (n, 28, 28) uint8 pictures, or None for a table. What the rows are, for the title: "training" (training rows) or "file" (rows of the file).</extracomment>
            <translation>Clase</translation>
        </message>
        <message>
            <source>The dataset must be one of {names}: found {found}.</source>
            <translation>El conjunto de datos tiene que ser uno de estos: {names}; se encontró {found}.</translation>
        </message>
        <message>
            <source>MNIST is not on this computer yet: Keras will download it when training starts (about 11 MB), or choose an MNIST .npz file or IDX folder.</source>
            <translation>MNIST todavía no está en este ordenador: Keras lo descargará cuando empiece el entrenamiento (unos 11 MB); también puedes elegir un archivo .npz de MNIST o una carpeta IDX.</translation>
        </message>
        <message>
            <source>While loading, each picture is laid out as one row of {count} numbers (Flatten inputs is on).</source>
            <translation>Al cargar los datos, cada imagen se extiende en una sola fila de {count} números (Aplanar entradas está activado).</translation>
        </message>
        <message>
            <source>Input {number}</source>
            <translation>Entrada {number}</translation>
        </message>
        <message>
            <source>Feature {number}</source>
            <translation>Característica {number}</translation>
        </message>
        <message>
            <source>The CSV file {name}: {rows} rows, {features} features and {classes} classes in the column "{column}".</source>
            <translation>El archivo CSV {name}: {rows} filas, {features} características y {classes} clases en la columna "{column}".</translation>
        </message>
        <message>
            <source>{column} (class)</source>
            <translation>{column} (clase)</translation>
        </message>
        <message>
            <source>The first training pictures with their labels</source>
            <translation>Las primeras imágenes de entrenamiento con sus etiquetas</translation>
        </message>
        <message>
            <source>The data as the network will see it</source>
            <translation>Los datos tal como los verá la red</translation>
        </message>
        <message>
            <source>The first training rows with their class</source>
            <translation>Las primeras filas de entrenamiento con su clase</translation>
        </message>
        <message>
            <source>Loading the data…</source>
            <translation>Cargando los datos…</translation>
        </message>
        <message>
            <source>Unknown dataset</source>
            <translation>Conjunto de datos desconocido</translation>
        </message>
        <message>
            <source>The data could not be read: {error}</source>
            <translation>No se han podido leer los datos: {error}</translation>
        </message>
        <message numerus="yes">
            <source>{dataset}: the first %n training picture(s)</source>
            <translation>
                <numerusform>{dataset}: la primera imagen de entrenamiento (%n)</numerusform>
                <numerusform>{dataset}: las primeras %n imágenes de entrenamiento</numerusform>
            </translation>
        </message>
        <message>
            <source>This picture is labelled {label}.</source>
            <translation>Esta imagen tiene la etiqueta {label}.</translation>
        </message>
        <message numerus="yes">
            <source>{dataset}: the first %n row(s) of the file</source>
            <translation>
                <numerusform>{dataset}: la primera fila del archivo (%n)</numerusform>
                <numerusform>{dataset}: las primeras %n filas del archivo</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{dataset}: the first %n training row(s)</source>
            <translation>
                <numerusform>{dataset}: la primera fila de entrenamiento (%n)</numerusform>
                <numerusform>{dataset}: las primeras %n filas de entrenamiento</numerusform>
            </translation>
        </message>
        <message>
            <source>The class this row is labelled with: what the network should answer.</source>
            <translation>La clase con la que está etiquetada esta fila: lo que la red debería responder.</translation>
        </message>
    </context>
    <context>
        <name>DataReaders</name>
        <message>
            <source>{path} does not exist: expected a CSV file.</source>
            <extracomment>What the readers of csvfile.py, idx.py and mnist.py say, as they say it, with a named placeholder for each value they put in. Where a sentence differs by a few words (a variant of a reader's sentence, "1 data row" and "0 data rows"), each variant is written out. A message is taken for the first sentence it fits, so the more particular come first (the variant with more words; mnist.py's "In {where}, …" before idx.py's sentences, which would fit them too).</extracomment>
            <translation>{path} no existe: se esperaba un archivo CSV.</translation>
        </message>
        <message>
            <source>{path} is a folder: expected a CSV file.</source>
            <translation>{path} es una carpeta: se esperaba un archivo CSV.</translation>
        </message>
        <message>
            <source>{path} is not a file but a pipe, a device or a socket: expected a CSV file.</source>
            <translation>{path} no es un archivo, sino una tubería, un dispositivo o un socket: se esperaba un archivo CSV.</translation>
        </message>
        <message>
            <source>{name} has 0 data rows ({skipped} more had missing values and were skipped): expected at least 2 below the header.</source>
            <translation>{name} tiene 0 filas de datos (otras {skipped} tenían valores que faltaban y se omitieron): se esperaban al menos 2 debajo del encabezado.</translation>
        </message>
        <message>
            <source>{name} has 1 data row ({skipped} more had missing values and were skipped): expected at least 2 below the header.</source>
            <translation>{name} tiene 1 fila de datos (otras {skipped} tenían valores que faltaban y se omitieron): se esperaban al menos 2 debajo del encabezado.</translation>
        </message>
        <message>
            <source>{name} has 0 data rows: expected at least 2 below the header.</source>
            <translation>{name} tiene 0 filas de datos: se esperaban al menos 2 debajo del encabezado.</translation>
        </message>
        <message>
            <source>{name} has 1 data row: expected at least 2 below the header.</source>
            <translation>{name} tiene 1 fila de datos: se esperaban al menos 2 debajo del encabezado.</translation>
        </message>
        <message>
            <source>Row {row}, column "{column}" of {name} holds a number too large for the network: expected numbers between -3.4e38 and 3.4e38.</source>
            <translation>En la fila {row} de {name}, la columna «{column}» contiene un número demasiado grande para la red: se esperaban números entre -3.4e38 y 3.4e38.</translation>
        </message>
        <message>
            <source>The label column "{label_column}" of {name} holds only the class "{class_name}": expected at least 2 different labels.</source>
            <translation>La columna de etiqueta «{label_column}» de {name} solo contiene la clase «{class_name}»: se esperaban al menos 2 etiquetas distintas.</translation>
        </message>
        <message>
            <source>Row {row} of {name} has {cells} cells: expected {columns}, one for each column of the header.</source>
            <translation>La fila {row} de {name} tiene {cells} celdas: se esperaban {columns}, una por cada columna del encabezado.</translation>
        </message>
        <message>
            <source>Row {row}, label column "{column}" of {name} is empty: expected a class label.</source>
            <translation>En la fila {row} de {name}, la columna de etiqueta «{column}» está vacía: se esperaba una etiqueta de clase.</translation>
        </message>
        <message>
            <source>Row {row} of {name} has a cell of more than {limit} characters: expected numbers and short labels. A quote mark (") that is never closed turns the rest of the file into one cell.</source>
            <translation>La fila {row} de {name} tiene una celda de más de {limit} caracteres: se esperaban números y etiquetas cortas. Unas comillas (") que nunca se cierran convierten el resto del archivo en una sola celda.</translation>
        </message>
        <message>
            <source>Row {row} of {name} has a quote mark (") that is never closed: expected a closing quote mark at the end of the cell, found the end of the file.</source>
            <translation>La fila {row} de {name} tiene unas comillas (") que nunca se cierran: se esperaban comillas de cierre al final de la celda, pero se encontró el final del archivo.</translation>
        </message>
        <message>
            <source>Row {row} of {name} is not valid CSV ({error}): expected cells separated by commas or semicolons, a quoted cell ending with a quote mark (") before the next one.</source>
            <translation>La fila {row} de {name} no es CSV válido ({error}): se esperaban celdas separadas por comas o por puntos y coma, y que una celda entre comillas terminara con comillas (") antes de la siguiente.</translation>
        </message>
        <message>
            <source>{name} is empty: expected a header row naming the columns.</source>
            <translation>{name} está vacío: se esperaba una fila de encabezado con los nombres de las columnas.</translation>
        </message>
        <message>
            <source>{name} has no header row: expected the first row to name the columns, found {cells}.</source>
            <translation>{name} no tiene fila de encabezado: se esperaba que la primera fila diera nombre a las columnas, pero se encontró {cells}.</translation>
        </message>
        <message>
            <source>{name} has only one column ("{column}"): expected feature columns and a label column, separated by commas or semicolons.</source>
            <translation>{name} solo tiene una columna («{column}»): se esperaban columnas de características y una columna de etiqueta, separadas por comas o por puntos y coma.</translation>
        </message>
        <message>
            <source>{name} has no column called "{wanted}": expected one of its columns, which are {columns} and {more} more.</source>
            <translation>{name} no tiene ninguna columna llamada «{wanted}»: se esperaba una de sus columnas, que son {columns} y {more} más.</translation>
        </message>
        <message>
            <source>{name} has no column called "{wanted}": expected one of its columns, which are {columns}.</source>
            <translation>{name} no tiene ninguna columna llamada «{wanted}»: se esperaba una de sus columnas, que son {columns}.</translation>
        </message>
        <message>
            <source>{name} has {count} columns called "{wanted}": expected exactly one, so the label column is clear.</source>
            <translation>{name} tiene {count} columnas llamadas «{wanted}»: se esperaba exactamente una, para que no haya dudas sobre la columna de etiqueta.</translation>
        </message>
        <message>
            <source>Row {row}, column {number} (no name) of {name} is empty: expected a number.</source>
            <translation>En la fila {row} de {name}, la columna {number} (sin nombre) está vacía: se esperaba un número.</translation>
        </message>
        <message>
            <source>Row {row}, column "{column}" of {name} is empty: expected a number.</source>
            <translation>En la fila {row} de {name}, la columna «{column}» está vacía: se esperaba un número.</translation>
        </message>
        <message>
            <source>Row {row}, column {number} (no name) of {name} holds "{cell}": expected a number.</source>
            <translation>En la fila {row} de {name}, la columna {number} (sin nombre) contiene «{cell}»: se esperaba un número.</translation>
        </message>
        <message>
            <source>Row {row}, column "{column}" of {name} holds "{cell}": expected a number.</source>
            <translation>En la fila {row} de {name}, la columna «{column}» contiene «{cell}»: se esperaba un número.</translation>
        </message>
        <message>
            <source>The downloaded file is not MNIST: expected SHA-256 {expected}, received {received}.</source>
            <translation>El archivo descargado no es MNIST: se esperaba el SHA-256 {expected}, pero se recibió {received}.</translation>
        </message>
        <message>
            <source>{path} is not an .npz file: expected a NumPy .npz archive (a zip file), found something else or a file that is cut short.</source>
            <translation>{path} no es un archivo .npz: se esperaba un archivo .npz de NumPy (un archivo zip), pero se encontró otra cosa o un archivo cortado.</translation>
        </message>
        <message>
            <source>{path} could not be opened as an .npz archive: expected NumPy arrays, found a damaged file ({error}).</source>
            <translation>{path} no se pudo abrir como archivo .npz: se esperaban arrays de NumPy, pero se encontró un archivo dañado ({error}).</translation>
        </message>
        <message>
            <source>{path} is missing {missing}: expected the arrays {expected}, found none.</source>
            <translation>A {path} le falta {missing}: se esperaban los arrays {expected}, pero no se encontró ninguno.</translation>
        </message>
        <message>
            <source>{path} is missing {missing}: expected the arrays {expected}, found {found}.</source>
            <translation>A {path} le falta {missing}: se esperaban los arrays {expected}, pero se encontraron {found}.</translation>
        </message>
        <message>
            <source>{path} is damaged: expected readable arrays {expected}, found one that cannot be read ({error}).</source>
            <translation>{path} está dañado: se esperaban los arrays legibles {expected}, pero se encontró uno que no se puede leer ({error}).</translation>
        </message>
        <message>
            <source>In {where}, {array} has shape {shape}: expected 28 by 28 pictures, shape (number of pictures, 28, 28).</source>
            <translation>En {where}, {array} tiene la forma {shape}: se esperaban imágenes de 28 por 28, con la forma (número de imágenes, 28, 28).</translation>
        </message>
        <message>
            <source>In {where}, {array} holds {dtype} numbers: expected uint8 pixels 0 to 255.</source>
            <translation>En {where}, {array} contiene números {dtype}: se esperaban píxeles uint8 de 0 a 255.</translation>
        </message>
        <message>
            <source>In {where}, {array} holds no pictures: expected at least one.</source>
            <translation>En {where}, {array} no contiene ninguna imagen: se esperaba al menos una.</translation>
        </message>
        <message>
            <source>In {where}, {array} has shape {shape}: expected one label per picture, shape ({count},).</source>
            <translation>En {where}, {array} tiene la forma {shape}: se esperaba una etiqueta por imagen, con la forma ({count},).</translation>
        </message>
        <message>
            <source>In {where}, {array} holds {dtype} values: expected whole-number labels 0 to 9.</source>
            <translation>En {where}, {array} contiene valores {dtype}: se esperaban etiquetas enteras del 0 al 9.</translation>
        </message>
        <message>
            <source>In {where}, {images} has {pictures} pictures but {array} has {labels} labels: expected one label per picture.</source>
            <translation>En {where}, {images} tiene {pictures} imágenes, pero {array} tiene {labels} etiquetas: se esperaba una etiqueta por imagen.</translation>
        </message>
        <message>
            <source>In {where}, {array} has the label {label} (example {example}): expected labels 0 to 9.</source>
            <translation>En {where}, {array} tiene la etiqueta {label} (ejemplo {example}): se esperaban etiquetas del 0 al 9.</translation>
        </message>
        <message>
            <source>The folder {folder} holds none of the MNIST files: expected the four MNIST files {expected} (each may end in .gz).</source>
            <translation>La carpeta {folder} no contiene ninguno de los archivos de MNIST: se esperaban los cuatro archivos de MNIST {expected} (cada uno puede terminar en .gz).</translation>
        </message>
        <message>
            <source>The folder {folder} is missing {missing}: expected the four MNIST files {expected} (each may end in .gz).</source>
            <translation>A la carpeta {folder} le falta {missing}: se esperaban los cuatro archivos de MNIST {expected} (cada uno puede terminar en .gz).</translation>
        </message>
        <message>
            <source>{images_file} has {pictures} pictures but {labels_file} has {labels} labels: expected one label per picture.</source>
            <translation>{images_file} tiene {pictures} imágenes, pero {labels_file} tiene {labels} etiquetas: se esperaba una etiqueta por imagen.</translation>
        </message>
        <message>
            <source>{name} holds pictures of {rows} by {columns} pixels: expected 28 by 28.</source>
            <translation>{name} contiene imágenes de {rows} por {columns} píxeles: se esperaban de 28 por 28.</translation>
        </message>
        <message>
            <source>{name} has the label {label} (example {example}): expected labels 0 to 9.</source>
            <translation>{name} tiene la etiqueta {label} (ejemplo {example}): se esperaban etiquetas del 0 al 9.</translation>
        </message>
        <message>
            <source>{name} is a damaged gzip file: expected a complete compressed IDX file, found one that is cut short or corrupt.</source>
            <translation>{name} es un archivo gzip dañado: se esperaba un archivo IDX comprimido completo, pero se encontró uno cortado o corrupto.</translation>
        </message>
        <message>
            <source>{name} is too short to be an MNIST image file: expected at least {size} bytes, found {found}.</source>
            <translation>{name} es demasiado corto para ser un archivo de imágenes de MNIST: se esperaban al menos {size} bytes, pero se encontraron {found}.</translation>
        </message>
        <message>
            <source>{name} is too short to be an MNIST label file: expected at least {size} bytes, found {found}.</source>
            <translation>{name} es demasiado corto para ser un archivo de etiquetas de MNIST: se esperaban al menos {size} bytes, pero se encontraron {found}.</translation>
        </message>
        <message>
            <source>{name} is not an MNIST image file: expected magic number {magic}, found {found}.</source>
            <translation>{name} no es un archivo de imágenes de MNIST: se esperaba el número mágico {magic}, pero se encontró {found}.</translation>
        </message>
        <message>
            <source>{name} is not an MNIST label file: expected magic number {magic}, found {found}.</source>
            <translation>{name} no es un archivo de etiquetas de MNIST: se esperaba el número mágico {magic}, pero se encontró {found}.</translation>
        </message>
        <message>
            <source>{name} is truncated: expected a header of {size} bytes, found {found}.</source>
            <translation>{name} está truncado: se esperaba un encabezado de {size} bytes, pero se encontraron {found}.</translation>
        </message>
        <message>
            <source>{name} is truncated: expected {expected} bytes of pixels after the header, found {found}.</source>
            <translation>{name} está truncado: se esperaban {expected} bytes de píxeles después del encabezado, pero se encontraron {found}.</translation>
        </message>
        <message>
            <source>{name} is truncated: expected {expected} labels after the header, found {found}.</source>
            <translation>{name} está truncado: se esperaban {expected} etiquetas después del encabezado, pero se encontraron {found}.</translation>
        </message>
        <message>
            <source>{name} is longer than its header says: expected {expected} bytes of pixels after the header, found {found}.</source>
            <translation>{name} es más largo de lo que dice su encabezado: se esperaban {expected} bytes de píxeles después del encabezado, pero se encontraron {found}.</translation>
        </message>
        <message>
            <source>{name} is longer than its header says: expected {expected} labels after the header, found {found}.</source>
            <translation>{name} es más largo de lo que dice su encabezado: se esperaban {expected} etiquetas después del encabezado, pero se encontraron {found}.</translation>
        </message>
        <message>
            <source>The CSV file could not be read: expected rows of cells separated by commas or semicolons, found a problem the CSV reader describes as: {problem}.</source>
            <extracomment>What a placeholder stands for, where it is narrower than "any text": a row's number and an array's name (x_train).</extracomment>
            <translation>No se pudo leer el archivo CSV: se esperaban filas de celdas separadas por comas o por puntos y coma, pero se encontró un problema que el lector de CSV describe así: {problem}.</translation>
        </message>
    </context>
    <context>
        <name>DatasetLoading</name>
        <message>
            <source>MNIST will be downloaded from the internet: no copy is on this computer.</source>
            <extracomment>The catalog key: "mnist", "xor", "features8" or "csv". float32, preprocessed, flattened if the spec says so. int64 class numbers 0..K-1 (turn them into what the loss wants with ``encode_labels``). One sentence for the user: where the data came from. The file or folder actually read; None for generated or downloaded data. "bundled", "keras-cache", "npz", "idx", "download", "generated" or "csv". The preprocessing fitted on the training set, for new inputs such as a drawn digit (after flattening, if the spec flattens). The test inputs as read, before flattening and preprocessing (for showing them). What validation needs to know about the data, found without loading it all: the shape of one example (after flattening), the number of classes and their names. One type, shared with the validator.</extracomment>
            <translation>MNIST se descargará de internet: no hay ninguna copia en este ordenador.</translation>
        </message>
        <message>
            <source>{path} does not exist: expected a CSV file.</source>
            <translation>{path} no existe: se esperaba un archivo CSV.</translation>
        </message>
        <message>
            <source>Choose a file for {dataset}.</source>
            <translation>Elige un archivo para {dataset}.</translation>
        </message>
        <message>
            <source>The dataset must be one of {datasets}: found {name!r}.</source>
            <translation>El conjunto de datos debe ser uno de estos: {datasets}; se encontró {name!r}.</translation>
        </message>
        <message>
            <source>The test share must be a number from 0 up to (but not including) 1: found {value!r}.</source>
            <translation>La proporción de prueba debe ser un número desde 0 hasta 1 (sin incluir el 1): se encontró {value!r}.</translation>
        </message>
        <message>
            <source>The train limit must be a whole number of at least 0 (0 uses all examples): found {value!r}.</source>
            <translation>El límite de entrenamiento debe ser un número entero de al menos 0 (0 usa todos los ejemplos): se encontró {value!r}.</translation>
        </message>
        <message>
            <source>The test limit must be a whole number of at least 0 (0 uses all examples): found {value!r}.</source>
            <translation>El límite de prueba debe ser un número entero de al menos 0 (0 usa todos los ejemplos): se encontró {value!r}.</translation>
        </message>
        <message>
            <source>The XOR truth table: four rows, used both for training and for testing.</source>
            <translation>La tabla de verdad de XOR: cuatro filas, que se usan tanto para entrenar como para probar.</translation>
        </message>
        <message>
            <source>{examples:,} generated examples with 8 features in 4 classes (the same every time): {train:,} for training and {test:,} for testing.</source>
            <translation>{examples:,} ejemplos generados con 8 características en 4 clases (siempre los mismos): {train:,} para entrenamiento y {test:,} para prueba.</translation>
        </message>
        <message>
            <source>The CSV file {path}: {rows}, {features} and {classes} in the column "{column}", {train} for training and {test:,} for testing.</source>
            <translation>El archivo CSV {path}: {rows}, {features} y {classes} en la columna «{column}»; {train} para entrenamiento y {test:,} para prueba.</translation>
        </message>
        <message numerus="yes">
            <source>{count:,} feature(s)</source>
            <translation>
                <numerusform>{count:,} característica</numerusform>
                <numerusform>{count:,} características</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{count:,} class(es)</source>
            <translation>
                <numerusform>{count:,} clase</numerusform>
                <numerusform>{count:,} clases</numerusform>
            </translation>
        </message>
        <message>
            <source>With a test share of {share:g}, none of the {rows} rows of the generated data are left for training: expected a smaller test share or more rows.</source>
            <translation>Con una proporción de prueba de {share:g}, no queda para entrenar ninguna de las {rows} filas de los datos generados: se esperaba una proporción de prueba más pequeña o más filas.</translation>
        </message>
        <message>
            <source>With a test share of {share:g}, none of the {rows} rows of {file} are left for training: expected a smaller test share or more rows.</source>
            <translation>Con una proporción de prueba de {share:g}, no queda para entrenar ninguna de las {rows} filas de {file}: se esperaba una proporción de prueba más pequeña o más filas.</translation>
        </message>
        <message numerus="yes">
            <source>{count:,} row(s)</source>
            <translation>
                <numerusform>{count:,} fila</numerusform>
                <numerusform>{count:,} filas</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Diagram</name>
        <message>
            <source>Network diagram</source>
            <extracomment>At most this many neurons are drawn in one column (an ellipsis stands for the rest). At most this many feature maps are drawn in one stack. The band colour of each kind the catalog draws as a marker (a test checks none is missing). Index of the layer in the stack. The layer's kind ("Dense", "Conv2D", ...). "neurons", "maps" (pictures, feature maps), "marker" (a band) or "unknown" (no shape). The whole slot, label included: clicking anywhere in it selects the layer. The true number of neurons (for "neurons") or of feature maps (for "maps"). Which neurons are drawn (their indices in the layer), top to bottom. The centres of the drawn neurons, in the order of ``units``. Where the vertical ellipsis goes, when not every neuron is drawn. The feature-map squares, back to front. Height and width of one feature map. The band of a marker, or the box of an unknown column. "data", "hidden" or "output": which colours the neurons get. Written under the column: the true count of an elided column, or a picture's size. The trained weight, when weights are known for this layer. A drawn neuron was double-clicked: the layer's index in the stack and the neuron's.</extracomment>
            <translation>Diagrama de la red</translation>
        </message>
        <message>
            <source>No layers yet.</source>
            <translation>Todavía no hay capas.</translation>
        </message>
        <message>
            <source>Double-click a neuron to see its arithmetic (once the network is trained).</source>
            <translation>Haz doble clic en una neurona para ver sus cuentas (cuando la red esté entrenada).</translation>
        </message>
        <message>
            <source>Output shape: {shape}</source>
            <translation>Forma de salida: {shape}</translation>
        </message>
        <message>
            <source>Add layers from the palette to see the network here.</source>
            <translation>Añade capas desde la paleta para ver aquí la red.</translation>
        </message>
        <message numerus="yes">
            <source>%n map(s)</source>
            <translation>
                <numerusform>%n mapa</numerusform>
                <numerusform>%n mapas</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>DrawDigit</name>
        <message>
            <source>Train a network on MNIST digits first; then draw one here.</source>
            <extracomment>The drawing is kept at this resolution whatever the widget's size: ten canvas pixels to one MNIST pixel. A round pen this wide: a digit drawn about as tall as the box, scaled down to MNIST's 20 pixels, gets strokes about 2 pixels wide, like MNIST's. ``drawing_changed`` is sent at most this often while drawing (milliseconds). The network's view of the digit is drawn this many screen pixels per pixel.</extracomment>
            <translation>Primero entrena una red con los dígitos de MNIST; luego dibuja uno aquí.</translation>
        </message>
        <message>
            <source>Draw a digit in the box.</source>
            <translation>Dibuja un dígito en el recuadro.</translation>
        </message>
        <message>
            <source>Drawing pad</source>
            <extracomment>Below this confidence the sentence says the network is unsure. The drawing changed: sent while drawing (at most every ``THROTTLE_MS``), and at once when a stroke ends, on :meth:`clear` and on :meth:`set_image`.</extracomment>
            <translation>Zona de dibujo</translation>
        </message>
        <message>
            <source>Draw a digit here with the mouse or a pen.</source>
            <translation>Dibuja aquí un dígito con el ratón o con un lápiz digital.</translation>
        </message>
        <message>
            <source>Draw a digit here with the mouse or a pen, as large as the box.</source>
            <translation>Dibuja aquí un dígito con el ratón o con un lápiz digital, tan grande como el recuadro.</translation>
        </message>
        <message>
            <source>Clear</source>
            <translation>Borrar</translation>
        </message>
        <message>
            <source>Wipe the pad to draw another digit.</source>
            <translation>Borrar la zona de dibujo para dibujar otro dígito.</translation>
        </message>
        <message>
            <source>Draw one digit, large, in the middle of the black box. It is cut out, shrunk to 20 by 20 pixels and centred in 28 by 28, as MNIST's digits were.</source>
            <translation>Dibuja un solo dígito, grande, en el centro del recuadro negro. Se recorta, se reduce a 20 por 20 píxeles y se centra en 28 por 28, como se hizo con los dígitos de MNIST.</translation>
        </message>
        <message>
            <source>The network's answer</source>
            <translation>La respuesta de la red</translation>
        </message>
        <message>
            <source>What the network sees (28 × 28 pixels):</source>
            <translation>Lo que ve la red (28 × 28 píxeles):</translation>
        </message>
        <message>
            <source>The drawing as the network sees it</source>
            <translation>El dibujo tal como lo ve la red</translation>
        </message>
        <message>
            <source>Your drawing cut out, shrunk and centred: these 784 pixels go into the network.</source>
            <translation>Tu dibujo recortado, reducido y centrado: estos 784 píxeles entran en la red.</translation>
        </message>
        <message>
            <source>How sure it is of each answer:</source>
            <translation>Lo segura que está de cada respuesta:</translation>
        </message>
        <message>
            <source>This network expects inputs of shape {shape}; a drawn digit is 28 × 28 pixels, so it cannot be tested here.</source>
            <translation>Esta red espera entradas con la forma {shape}; un dígito dibujado tiene 28 × 28 píxeles, así que no se puede probar aquí.</translation>
        </message>
        <message>
            <source>The network could not answer: {error}</source>
            <translation>La red no pudo responder: {error}</translation>
        </message>
        <message>
            <source>The network answered {numbers} numbers for {classes} classes, so its answer cannot be shown.</source>
            <translation>La red respondió {numbers} números para {classes} clases, así que no se puede mostrar su respuesta.</translation>
        </message>
        <message>
            <source>{name}: {value}</source>
            <translation>{name}: {value}</translation>
        </message>
        <message>
            <source>{name}: no answer yet</source>
            <translation>{name}: aún sin respuesta</translation>
        </message>
        <message>
            <source>It's a {name} — {sure} sure.</source>
            <translation>Es un {name}, con un {sure} de seguridad.</translation>
        </message>
        <message>
            <source>Perhaps a {name}? Only {sure} sure.</source>
            <translation>¿Quizá un {name}? Solo con un {sure} de seguridad.</translation>
        </message>
    </context>
    <context>
        <name>Edits</name>
        <message>
            <source>layers</source>
            <comment>a setting, inside a sentence</comment>
            <translation>capas</translation>
        </message>
        <message>
            <source>loss</source>
            <comment>a setting, inside a sentence</comment>
            <translation>pérdida</translation>
        </message>
        <message>
            <source>optimizer</source>
            <comment>a setting, inside a sentence</comment>
            <translation>optimizador</translation>
        </message>
        <message>
            <source>metrics</source>
            <comment>a setting, inside a sentence</comment>
            <translation>métricas</translation>
        </message>
        <message>
            <source>This step keeps {setting} as it is: {reason}</source>
            <extracomment>The selected layer's index, or -1 for none. A finished training run was added to the project. (sentence) an edit was refused: the setting is locked by the lesson's step. Which settings are locked changed (a lesson's step began or ended).</extracomment>
            <translation>Este paso no permite cambiar {setting}: {reason}</translation>
        </message>
        <message>
            <source>Delete run {number}</source>
            <translation>Eliminar la ejecución {number}</translation>
        </message>
        <message>
            <source>Restore a run's settings</source>
            <translation>Restaurar los ajustes de una ejecución</translation>
        </message>
        <message>
            <source>Insert {layer}</source>
            <translation>Insertar {layer}</translation>
        </message>
        <message>
            <source>Delete {layer}</source>
            <translation>Eliminar {layer}</translation>
        </message>
        <message>
            <source>Move {layer}</source>
            <translation>Mover {layer}</translation>
        </message>
        <message>
            <source>Change {layer} {setting}</source>
            <translation>Cambiar {setting} de {layer}</translation>
        </message>
        <message>
            <source>Change {setting}</source>
            <translation>Cambiar {setting}</translation>
        </message>
        <message>
            <source>Change optimizer</source>
            <translation>Cambiar el optimizador</translation>
        </message>
    </context>
    <context>
        <name>Errors</name>
        <message>
            <source>The network has problems:
{problems}</source>
            <translation>La red tiene problemas:
{problems}</translation>
        </message>
    </context>
    <context>
        <name>ExportCode</name>
        <message>
            <source>{title}: a Keras script exported from nnstudio.</source>
            <extracomment>The words of an exported script or notebook: its comments, docstrings and notebook text (the code itself stays as Keras has it).</extracomment>
            <translation>{title}: un script de Keras exportado desde nnstudio.</translation>
        </message>
        <message>
            <source>Load the data, then build, train and test (--strategy spreads the training).</source>
            <translation>Carga los datos y luego construye, entrena y prueba (--strategy reparte el entrenamiento).</translation>
        </message>
        <message>
            <source>A Keras notebook exported from nnstudio.</source>
            <translation>Un cuaderno de Keras exportado desde nnstudio.</translation>
        </message>
        <message>
            <source>Load the examples and prepare them exactly as nnstudio does, with the labels encoded as the loss needs them.</source>
            <translation>Cargar los ejemplos y prepararlos exactamente como lo hace nnstudio, con las etiquetas codificadas como las necesita la pérdida.</translation>
        </message>
        <message>
            <source>Build the network layer by layer and compile it with its loss and optimizer.</source>
            <translation>Construir la red capa a capa y compilarla con su pérdida y su optimizador.</translation>
        </message>
        <message>
            <source>Train the network: each epoch works through all the training examples once.</source>
            <translation>Entrenar la red: en cada época se recorren una vez todos los ejemplos de entrenamiento.</translation>
        </message>
        <message>
            <source>Check the network on test examples it has never seen.</source>
            <translation>Comprobar la red con ejemplos de prueba que no ha visto nunca.</translation>
        </message>
        <message>
            <source>The data</source>
            <translation>Los datos</translation>
        </message>
        <message>
            <source>The model</source>
            <translation>El modelo</translation>
        </message>
        <message>
            <source>Training</source>
            <translation>Entrenamiento</translation>
        </message>
        <message>
            <source>Testing</source>
            <translation>Prueba</translation>
        </message>
        <message>
            <source>Expected the format 'script' or 'notebook'. Received: {format}.</source>
            <translation>Se esperaba el formato 'script' o 'notebook'. Se recibió: {format}.</translation>
        </message>
        <message>
            <source>Expected a file name ending in .py (a Python script) or .ipynb (a Jupyter notebook). Received: {name}.</source>
            <translation>Se esperaba un nombre de archivo terminado en .py (un script de Python) o .ipynb (un cuaderno de Jupyter). Se recibió: {name}.</translation>
        </message>
        <message>
            <source>the weights are made once per device</source>
            <extracomment>The project's name, safe to show as text. Paragraphs saying where the code came from and what it does, safe to show as text. Top-level function definitions: the data functions, ``load_data``, then ``build_model``. The modules the copied data code imports.</extracomment>
            <translation>los pesos se crean una vez por dispositivo</translation>
        </message>
        <message>
            <source>The folder this script is in: the data travels beside it.</source>
            <translation>La carpeta en la que está este script: los datos viajan junto a él.</translation>
        </message>
        <message>
            <source>The folder this notebook is in (Jupyter runs it there): the data travels beside it.</source>
            <translation>La carpeta en la que está este cuaderno (Jupyter lo ejecuta ahí): los datos viajan junto a él.</translation>
        </message>
        <message>
            <source>Layer 1 (Input): its shape is unknown. Set it, or choose data to take it from.</source>
            <translation>Capa 1 (Input): su forma es desconocida. Ponla o elige los datos de los que tomarla.</translation>
        </message>
        <message>
            <source>Untitled</source>
            <translation>Sin título</translation>
        </message>
        <message>
            <source>Made from the nnstudio template "{template}".</source>
            <translation>Creado a partir de la plantilla de nnstudio "{template}".</translation>
        </message>
        <message>
            <source>It needs only numpy and Keras 3: it loads the same data, prepares it the same way and builds the same network as nnstudio, then trains it and prints how well it does on the test examples.</source>
            <translation>Solo necesita numpy y Keras 3: carga los mismos datos, los prepara de la misma manera y construye la misma red que nnstudio; después la entrena e imprime qué tal lo hace con los ejemplos de prueba.</translation>
        </message>
        <message>
            <source>The functions before load_data() are nnstudio's own data code, copied in unchanged.</source>
            <translation>Las funciones anteriores a load_data() son el código de datos propio de nnstudio, copiado sin cambios.</translation>
        </message>
    </context>
    <context>
        <name>ExportDataCode</name>
        <message>
            <source>MNIST is by Yann LeCun and Corinna Cortes, who make it available under the Creative Commons Attribution-Share Alike 3.0 licence (CC BY-SA 3.0).</source>
            <extracomment>The words of the exported code (its comments, docstrings and notes; the code stays Keras). In English: :func:`mnist_credit` says it in the language spoken.</extracomment>
            <translation>MNIST es obra de Yann LeCun y Corinna Cortes, que la ofrecen con la licencia Creative Commons Reconocimiento-CompartirIgual 3.0 (CC BY-SA 3.0).</translation>
        </message>
        <message>
            <source>Each example laid out as one long row of numbers (784 for a digit).</source>
            <extracomment>The statements that load the data, as the script's main() and the notebook run them. Names the script defines itself, which no copied function or constant may take. A paragraph saying where the data comes from, safe to show as text. Standard-library modules the copied functions use (numpy is always imported). The copied functions' definitions, then ``load_data``.</extracomment>
            <translation>Cada ejemplo extendido en una sola fila larga de números (784 para un dígito).</translation>
        </message>
        <message>
            <source>The training and test examples, prepared exactly as nnstudio prepares them.</source>
            <translation>Los ejemplos de entrenamiento y de prueba, preparados exactamente como los prepara nnstudio.</translation>
        </message>
        <message>
            <source>The data: the XOR truth table, whose four rows are used for training and testing.</source>
            <translation>Los datos: la tabla de verdad de XOR, cuyas cuatro filas se usan para entrenar y para la prueba.</translation>
        </message>
        <message>
            <source>The four rows are all there is, so they are the test set too.</source>
            <translation>Las cuatro filas son todo lo que hay, así que también son el conjunto de prueba.</translation>
        </message>
        <message>
            <source>The data: 1,000 generated examples with 8 features in 4 classes, made by the same code as in nnstudio, so they are the very same numbers.</source>
            <translation>Los datos: 1,000 ejemplos generados con 8 características en 4 clases, creados con el mismo código que en nnstudio, así que son exactamente los mismos números.</translation>
        </message>
        <message>
            <source>The data: a CSV file with a header row (CSV_PATH below); the column named in LABEL_COLUMN holds the labels, the other columns the features.</source>
            <translation>Los datos: un archivo CSV con una fila de encabezado (CSV_PATH, más abajo); la columna indicada en LABEL_COLUMN contiene las etiquetas y las demás columnas, las características.</translation>
        </message>
        <message>
            <source>Rows with a missing value (an empty cell, NA, N/A, NaN, null or ?) are left out,
as in nnstudio.</source>
            <translation>Las filas con un valor que falta (una celda vacía, NA, N/A, NaN, null o ?) se dejan fuera,
como en nnstudio.</translation>
        </message>
        <message>
            <source>The data: the MNIST handwritten digits, read from {name} beside this code (MNIST_PATH below), or downloaded from where Keras downloads it where that is missing.</source>
            <translation>Los datos: los dígitos manuscritos MNIST, leídos de {name} junto a este código (MNIST_PATH, más abajo) o, si falta, descargados de donde los descarga Keras.</translation>
        </message>
        <message>
            <source>The data: the MNIST handwritten digits, downloaded from where Keras downloads it, as nnstudio found no copy on this computer.</source>
            <translation>Los datos: los dígitos manuscritos MNIST, descargados de donde los descarga Keras, ya que nnstudio no encontró ninguna copia en este ordenador.</translation>
        </message>
        <message>
            <source>The data: the MNIST handwritten digits, read from the same file as in nnstudio (MNIST_PATH below), or downloaded from where Keras downloads it where that file is missing.</source>
            <translation>Los datos: los dígitos manuscritos MNIST, leídos del mismo archivo que en nnstudio (MNIST_PATH, más abajo) o, si falta ese archivo, descargados de donde los descarga Keras.</translation>
        </message>
        <message>
            <source>The rows are shuffled with a fixed seed, then cut into training and test sets.</source>
            <translation>Las filas se barajan con una semilla fija y luego se dividen en conjuntos de entrenamiento y de prueba.</translation>
        </message>
        <message numerus="yes">
            <source>Only the first %n training example(s), as set in nnstudio.</source>
            <translation>
                <numerusform>Solo %n ejemplo de entrenamiento (el primero), como está configurado en nnstudio.</numerusform>
                <numerusform>Solo los primeros %n ejemplos de entrenamiento, como está configurado en nnstudio.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Only the first %n test example(s), as set in nnstudio.</source>
            <translation>
                <numerusform>Solo %n ejemplo de prueba (el primero), como está configurado en nnstudio.</numerusform>
                <numerusform>Solo los primeros %n ejemplos de prueba, como está configurado en nnstudio.</numerusform>
            </translation>
        </message>
        <message>
            <source>The numbers are used as they are, as 32-bit floats.</source>
            <translation>Los números se usan tal cual, como números decimales de 32 bits.</translation>
        </message>
        <message>
            <source>{method} The statistics come from the training data only, and the test data is changed in exactly the same way, as new data would be.</source>
            <translation>{method} Las estadísticas salen solo de los datos de entrenamiento, y los datos de prueba se transforman exactamente de la misma manera, como se haría con datos nuevos.</translation>
        </message>
        <message>
            <source>{loss} wants each label as its class number.</source>
            <translation>{loss} quiere cada etiqueta como su número de clase.</translation>
        </message>
        <message>
            <source>{loss} with one output unit wants each label as a 0 or 1, in a column.</source>
            <translation>{loss} con una sola neurona de salida quiere cada etiqueta como un 0 o un 1, en una columna.</translation>
        </message>
        <message>
            <source>{loss} wants one column per class, with a 1 in the column of the right class.</source>
            <translation>{loss} quiere una columna por clase, con un 1 en la columna de la clase correcta.</translation>
        </message>
        <message>
            <source>Exporting code needs the source of {function}, which this installation of nnstudio lacks. Expected its .py file next to the compiled one; reinstalling nnstudio brings it back.</source>
            <extracomment>In the order they are first used, each before the functions it calls. The data file or folder beside the exported code, if it travels with it.</extracomment>
            <translation>Para exportar código hace falta el código fuente de {function}, que esta instalación de nnstudio no tiene. Se esperaba su archivo .py junto al compilado; si reinstalas nnstudio, vuelve a estar.</translation>
        </message>
    </context>
    <context>
        <name>ExportFolder</name>
        <message>
            <source>Project folder exported</source>
            <translation>Carpeta del proyecto exportada</translation>
        </message>
        <message>
            <source>&lt;p&gt;Wrote &lt;b&gt;{folder}&lt;/b&gt;:&lt;/p&gt;&lt;ul&gt;{files}&lt;/ul&gt;&lt;p&gt;Copy the whole folder anywhere: the code finds its data beside itself. &lt;b&gt;Verify&lt;/b&gt; runs the script on its own, offline, for one short epoch on a few hundred examples, to prove that it works.&lt;/p&gt;</source>
            <translation>&lt;p&gt;Se ha escrito &lt;b&gt;{folder}&lt;/b&gt;:&lt;/p&gt;&lt;ul&gt;{files}&lt;/ul&gt;&lt;p&gt;Copia la carpeta entera donde quieras: el código encuentra sus datos a su lado. &lt;b&gt;Verificar&lt;/b&gt; ejecuta el script por sí solo, sin conexión, durante una época corta con unos cientos de ejemplos, para demostrar que funciona.&lt;/p&gt;</translation>
        </message>
        <message>
            <source>What the exported script printed</source>
            <translation>Lo que mostró el script exportado</translation>
        </message>
        <message>
            <source>Verify</source>
            <translation>Verificar</translation>
        </message>
        <message>
            <source>Run the exported script offline for one short epoch</source>
            <translation>Ejecutar el script exportado sin conexión durante una época corta</translation>
        </message>
        <message>
            <source>Verifying: running the script offline (10 to 30 seconds)…</source>
            <translation>Verificando: ejecutando el script sin conexión (de 10 a 30 segundos)…</translation>
        </message>
        <message>
            <source>&lt;b&gt;Passed:&lt;/b&gt; {sentence}</source>
            <translation>&lt;b&gt;Verificación superada:&lt;/b&gt; {sentence}</translation>
        </message>
        <message>
            <source>&lt;b&gt;Failed:&lt;/b&gt; {sentence}</source>
            <translation>&lt;b&gt;Verificación fallida:&lt;/b&gt; {sentence}</translation>
        </message>
    </context>
    <context>
        <name>ExportModelCode</name>
        <message>
            <source>Fixing the seed fixes the random starting weights and the shuffling, as in nnstudio.</source>
            <extracomment>The comments and docstrings of the exported code (the code itself stays as Keras has it). Above this many epochs the training prints one line per epoch instead of a progress bar. The statements that build the model, as the script's main() and the notebook run them.</extracomment>
            <translation>Fijar la semilla fija los pesos iniciales aleatorios y el barajado, como en nnstudio.</translation>
        </message>
        <message>
            <source>Several training steps per call: faster, with the very same arithmetic.</source>
            <translation>Varios pasos de entrenamiento por llamada: más rápido, con exactamente las mismas cuentas.</translation>
        </message>
        <message>
            <source>XLA compiles each training step into machine code: faster over a run this long.</source>
            <translation>XLA compila cada paso de entrenamiento a código máquina: es más rápido en una ejecución tan larga.</translation>
        </message>
        <message>
            <source>No XLA: compiling the step would take longer than it saves on this run.</source>
            <translation>Sin XLA: compilar el paso tardaría más de lo que ahorra en esta ejecución.</translation>
        </message>
        <message>
            <source>The network, built and compiled as in nnstudio.</source>
            <translation>La red, construida y compilada como en nnstudio.</translation>
        </message>
        <message>
            <source>verbose=2 prints one line per epoch, so {epochs} epochs stay readable.</source>
            <translation>verbose=2 imprime una línea por época, para que {epochs} épocas sigan siendo legibles.</translation>
        </message>
        <message>
            <source>One sigmoid unit says yes (1) when its output is above 0.5.</source>
            <translation>Una neurona sigmoid dice sí (1) cuando su salida es mayor que 0.5.</translation>
        </message>
        <message>
            <source>The network's answer is the class with the biggest output.</source>
            <translation>La respuesta de la red es la clase con la salida más grande.</translation>
        </message>
        <message>
            <source>On several computers Keras's evaluate() does not work yet: the loss from the
network's answers.</source>
            <translation>Con varios ordenadores, evaluate() de Keras todavía no funciona: la pérdida se calcula a partir de
las respuestas de la red.</translation>
        </message>
        <message>
            <source>Print how well the network does.</source>
            <translation>Imprimir qué tal lo hace la red.</translation>
        </message>
        <message>
            <source>One copy of the network per GPU of this computer; each batch is split between
them and their gradients are added up.</source>
            <translation>Una copia de la red por cada GPU de este ordenador; cada lote se reparte entre
ellas y se suman sus gradientes.</translation>
        </message>
        <message>
            <source>One copy per computer (TF_CONFIG says which computers, and which one this is).</source>
            <translation>Una copia por ordenador (TF_CONFIG dice qué ordenadores son y cuál es este).</translation>
        </message>
        <message>
            <source>How to spread training: one device, this computer's GPUs, or several computers.</source>
            <translation>Cómo repartir el entrenamiento: un dispositivo, las GPU de este ordenador o varios ordenadores.</translation>
        </message>
        <message>
            <source>Keras's fit() does not work yet with several computers, so this loop does its work:
each batch of BATCH_SIZE examples is split between the workers, their gradients are
added up, and every worker keeps the very same weights.</source>
            <translation>fit() de Keras todavía no funciona con varios ordenadores, así que este bucle hace su trabajo:
cada lote de BATCH_SIZE ejemplos se reparte entre los trabajadores, se suman sus gradientes
y todos los trabajadores mantienen exactamente los mismos pesos.</translation>
        </message>
        <message>
            <source>held back, as fit() does</source>
            <translation>reservados para validación, como hace fit()</translation>
        </message>
        <message>
            <source>Each worker takes its share of every batch.</source>
            <translation>Cada trabajador se queda con su parte de cada lote.</translation>
        </message>
        <message>
            <source>the first worker reports</source>
            <translation>el primer trabajador informa</translation>
        </message>
        <message>
            <source>Train on several computers at once, each running this script.</source>
            <translation>Entrenar en varios ordenadores a la vez, cada uno ejecutando este script.</translation>
        </message>
    </context>
    <context>
        <name>Fields</name>
        <message>
            <source>Warning: {message}</source>
            <translation>Aviso: {message}</translation>
        </message>
        <message>
            <source>{help}
Allowed: {allowed}.</source>
            <extracomment>The value the student entered (possibly one the validator will reject).</extracomment>
            <translation>{help}
Valores permitidos: {allowed}.</translation>
        </message>
        <message>
            <source>empty means: {meaning}</source>
            <translation>vacío significa: {meaning}</translation>
        </message>
        <message>
            <source>a number, such as 0.001 or 1e-7</source>
            <translation>un número, como 0.001 o 1e-7</translation>
        </message>
        <message>
            <source>such as 28, 28, 1</source>
            <translation>por ejemplo 28, 28, 1</translation>
        </message>
        <message>
            <source>empty: {meaning}</source>
            <translation>vacío: {meaning}</translation>
        </message>
        <message>
            <source>a whole number</source>
            <translation>un número entero</translation>
        </message>
        <message>
            <source>{setting} (the file says {value})</source>
            <translation>{setting} (el archivo dice {value})</translation>
        </message>
        <message>
            <source>(empty)</source>
            <translation>(vacío)</translation>
        </message>
        <message>
            <source>{value} (not allowed)</source>
            <translation>{value} (no permitido)</translation>
        </message>
        <message>
            <source>&lt;b&gt;{choice}:&lt;/b&gt; {meaning}</source>
            <translation>&lt;b&gt;{choice}:&lt;/b&gt; {meaning}</translation>
        </message>
    </context>
    <context>
        <name>FileFormat</name>
        <message>
            <source>{source} is not an nnstudio lesson: expected a JSON object with "format": "{format}", found {found}.</source>
            <translation>{source} no es una lección de nnstudio: se esperaba un objeto JSON con "format": "{format}", pero se encontró {found}.</translation>
        </message>
        <message>
            <source>{source} is not an nnstudio project: expected a JSON object with "format": "{format}", found {found}.</source>
            <extracomment>{source}: the file's name; "format": "{format}" is JSON and stays as it is.</extracomment>
            <translation>{source} no es un proyecto de nnstudio: se esperaba un objeto JSON con "format": "{format}", pero se encontró {found}.</translation>
        </message>
        <message>
            <source>{source} has no usable schema version: expected a whole number from 1 to {schema}. Received: {version}.</source>
            <translation>{source} no tiene una versión de esquema válida: se esperaba un número entero de 1 a {schema}. Recibido: {version}.</translation>
        </message>
        <message>
            <source>{source} was written for a newer nnstudio: expected schema version {schema} or lower, found {version}. Please update nnstudio to open it.</source>
            <translation>{source} se escribió para un nnstudio más nuevo: se esperaba la versión de esquema {schema} o anterior, pero se encontró la {version}. Actualiza nnstudio para abrirlo.</translation>
        </message>
        <message>
            <source>{source} was saved by a newer nnstudio: expected schema version {schema} or lower, found {version}. Please update nnstudio to open it.</source>
            <translation>{source} se guardó con un nnstudio más nuevo: se esperaba la versión de esquema {schema} o anterior, pero se encontró la {version}. Actualiza nnstudio para abrirlo.</translation>
        </message>
        <message>
            <source>{path} is not a file but a pipe, a device or a socket: expected a lesson file.</source>
            <translation>{path} no es un archivo, sino una tubería, un dispositivo o un socket: se esperaba un archivo de lección.</translation>
        </message>
        <message>
            <source>{path} is not a file but a pipe, a device or a socket: expected a project file.</source>
            <translation>{path} no es un archivo, sino una tubería, un dispositivo o un socket: se esperaba un archivo de proyecto.</translation>
        </message>
        <message>
            <source>There is no file at {path}: expected a lesson file ({suffix}), found nothing.</source>
            <translation>No hay ningún archivo en {path}: se esperaba un archivo de lección ({suffix}), pero no se encontró nada.</translation>
        </message>
        <message>
            <source>There is no file at {path}: expected a project file ({suffix}), found nothing.</source>
            <translation>No hay ningún archivo en {path}: se esperaba un archivo de proyecto ({suffix}), pero no se encontró nada.</translation>
        </message>
        <message>
            <source>{path} is a folder: expected a lesson file ({suffix}), found a folder.</source>
            <translation>{path} es una carpeta: se esperaba un archivo de lección ({suffix}), pero se encontró una carpeta.</translation>
        </message>
        <message>
            <source>{path} is a folder: expected a project file ({suffix}), found a folder.</source>
            <translation>{path} es una carpeta: se esperaba un archivo de proyecto ({suffix}), pero se encontró una carpeta.</translation>
        </message>
        <message>
            <source>{name} is not a lesson file: expected JSON text (a {suffix} file), found bytes that are not text.</source>
            <translation>{name} no es un archivo de lección: se esperaba texto JSON (un archivo {suffix}), pero se encontraron bytes que no son texto.</translation>
        </message>
        <message>
            <source>{name} is not a project file: expected JSON text (a {suffix} file), found bytes that are not text.</source>
            <translation>{name} no es un archivo de proyecto: se esperaba texto JSON (un archivo {suffix}), pero se encontraron bytes que no son texto.</translation>
        </message>
        <message>
            <source>{source} is not a valid lesson file: expected lists and objects nested at most {most} deep, found deeper nesting.</source>
            <extracomment>Deeper than any project or lesson nests (a run's history is five levels down); deeper nesting would exhaust Python's recursion when the document is copied or saved.</extracomment>
            <translation>{source} no es un archivo de lección válido: se esperaban listas y objetos anidados como mucho {most} niveles, pero se encontró un anidamiento más profundo.</translation>
        </message>
        <message>
            <source>{source} is not a valid project file: expected lists and objects nested at most {most} deep, found deeper nesting.</source>
            <translation>{source} no es un archivo de proyecto válido: se esperaban listas y objetos anidados como mucho {most} niveles, pero se encontró un anidamiento más profundo.</translation>
        </message>
        <message>
            <source>{source} is not a valid lesson file: expected JSON, found a mistake at line {line}, column {column} ({error}).</source>
            <translation>{source} no es un archivo de lección válido: se esperaba JSON, pero se encontró un error en la línea {line}, columna {column} ({error}).</translation>
        </message>
        <message>
            <source>{source} is not a valid project file: expected JSON, found a mistake at line {line}, column {column} ({error}).</source>
            <translation>{source} no es un archivo de proyecto válido: se esperaba JSON, pero se encontró un error en la línea {line}, columna {column} ({error}).</translation>
        </message>
        <message>
            <source>{source} is not a valid lesson file: expected numbers of a usual size, found a whole number thousands of digits long.</source>
            <translation>{source} no es un archivo de lección válido: se esperaban números de tamaño normal, pero se encontró un número entero de miles de cifras.</translation>
        </message>
        <message>
            <source>{source} is not a valid project file: expected numbers of a usual size, found a whole number thousands of digits long.</source>
            <translation>{source} no es un archivo de proyecto válido: se esperaban números de tamaño normal, pero se encontró un número entero de miles de cifras.</translation>
        </message>
    </context>
    <context>
        <name>FolderExport</name>
        <message>
            <source>{folder} already exists and is not an empty folder: expected a new folder for the export (choose another name, or remove the old one first).</source>
            <extracomment>The packages the exported code needs, as pip names them, in the order listed. TensorFlow is installed under one of these names. The data file or folder copied beside the code, if any.</extracomment>
            <translation>{folder} ya existe y no es una carpeta vacía: se esperaba una carpeta nueva para la exportación (elige otro nombre o borra antes la antigua).</translation>
        </message>
        <message>
            <source>The project has no CSV file chosen: expected one to copy into the folder.</source>
            <translation>El proyecto no tiene ningún archivo CSV elegido: se esperaba uno para copiarlo en la carpeta.</translation>
        </message>
        <message>
            <source>Untitled</source>
            <translation>Sin título</translation>
        </message>
        <message>
            <source>Exported from nnstudio {version}: the network, its data and its training, as plain Keras code that needs no nnstudio.</source>
            <translation>Exportado desde nnstudio {version}: la red, sus datos y su entrenamiento, como código Keras normal que no necesita nnstudio.</translation>
        </message>
        <message>
            <source>What is here</source>
            <translation>Qué hay aquí</translation>
        </message>
        <message>
            <source>`{script}`: the Keras script (load the data, build, train, test).</source>
            <translation>`{script}`: el script de Keras (carga los datos, construye la red, la entrena y la prueba).</translation>
        </message>
        <message>
            <source>`{notebook}`: the same code as a Jupyter notebook, one step per cell.</source>
            <translation>`{notebook}`: el mismo código como cuaderno de Jupyter, un paso por celda.</translation>
        </message>
        <message>
            <source>`requirements.txt`: the packages it needs, at the versions nnstudio trained with.</source>
            <translation>`requirements.txt`: los paquetes que necesita, en las versiones con las que entrenó nnstudio.</translation>
        </message>
        <message>
            <source>`{data}`: the data, read from beside the code (no download).</source>
            <translation>`{data}`: los datos, que se leen desde la misma carpeta que el código (sin descargas).</translation>
        </message>
        <message>
            <source>The data is made by the code itself (nothing to download).</source>
            <translation>Los datos los crea el propio código (no hay nada que descargar).</translation>
        </message>
        <message>
            <source>Run it</source>
            <translation>Cómo ejecutarlo</translation>
        </message>
        <message>
            <source>(on Windows: {command})</source>
            <translation>(en Windows: {command})</translation>
        </message>
        <message>
            <source>No network is needed once the packages are installed: copy the whole folder.</source>
            <translation>Una vez instalados los paquetes, no hace falta conexión a internet: copia la carpeta entera.</translation>
        </message>
        <message>
            <source>A school server with GPUs, or several computers</source>
            <translation>Un servidor del centro con GPU, o varios ordenadores</translation>
        </message>
        <message>
            <source>On a computer with several GPUs, one copy of the network trains on each, every batch split between them (TensorFlow's `MirroredStrategy`):</source>
            <translation>En un ordenador con varias GPU, una copia de la red entrena en cada una, y cada lote se reparte entre ellas (`MirroredStrategy` de TensorFlow):</translation>
        </message>
        <message>
            <source>On several computers (`MultiWorkerMirroredStrategy`), copy this folder to each, and start the script on every one at about the same time, each with `TF_CONFIG` naming all of them and which one it is (`index` 0 on the first, 1 on the second...):</source>
            <translation>En varios ordenadores (`MultiWorkerMirroredStrategy`), copia esta carpeta en cada uno y arranca el script en todos más o menos a la vez, cada uno con una variable `TF_CONFIG` que nombre a todos los ordenadores y diga cuál es él (`index` 0 en el primero, 1 en el segundo...):</translation>
        </message>
        <message>
            <source>Each batch of the same size as on one computer is split between the workers, so the network learns the same; the first worker prints the progress and every worker tests.</source>
            <translation>Cada lote, del mismo tamaño que en un solo ordenador, se reparte entre los trabajadores, así que la red aprende lo mismo; el primer trabajador muestra el progreso y todos hacen la prueba.</translation>
        </message>
        <message>
            <source>Credit</source>
            <translation>Créditos</translation>
        </message>
    </context>
    <context>
        <name>Grading</name>
        <message>
            <source>graded</source>
            <extracomment>The words for a row's status (its key stays English: "graded", "another lesson"...).</extracomment>
            <translation>calificado</translation>
        </message>
        <message>
            <source>another lesson</source>
            <translation>otra lección</translation>
        </message>
        <message>
            <source>no lesson</source>
            <translation>sin lección</translation>
        </message>
        <message>
            <source>unreadable</source>
            <translation>ilegible</translation>
        </message>
        <message>
            <source>yes</source>
            <translation>sí</translation>
        </message>
        <message>
            <source>no</source>
            <translation>no</translation>
        </message>
        <message>
            <source>There is no file or folder at {path}: expected handed-in project files ({suffix}) or a folder of them.</source>
            <extracomment>"graded", or why not: "another lesson", "no lesson", "unreadable". One sentence for a row that could not be graded, or about its run.</extracomment>
            <translation>No hay ningún archivo ni carpeta en {path}: se esperaban archivos de proyecto entregados ({suffix}) o una carpeta que los contenga.</translation>
        </message>
        <message>
            <source>This project was not made in a lesson (expected the lesson {lesson}).</source>
            <translation>Este proyecto no se hizo en una lección (se esperaba la lección {lesson}).</translation>
        </message>
        <message>
            <source>This project belongs to the lesson {lesson}, not {expected}.</source>
            <translation>Este proyecto pertenece a la lección {lesson}, no a {expected}.</translation>
        </message>
        <message>
            <source>No training run saved in the file.</source>
            <translation>No hay ninguna ejecución de entrenamiento guardada en el archivo.</translation>
        </message>
        <message>
            <source>The network was changed after its last run, so that run does not count.</source>
            <translation>La red se cambió después de su última ejecución, así que esa ejecución no cuenta.</translation>
        </message>
        <message>
            <source>{done}/{steps} finished</source>
            <translation>{done}/{steps} terminados</translation>
        </message>
        <message>
            <source>Lesson: {title} ({id})</source>
            <translation>Lección: {title} ({id})</translation>
        </message>
        <message>
            <source>G{number}</source>
            <comment>short for: goal number</comment>
            <translation>O{number}</translation>
        </message>
        <message>
            <source>File</source>
            <translation>Archivo</translation>
        </message>
        <message>
            <source>All</source>
            <translation>Todos</translation>
        </message>
        <message>
            <source>Test acc.</source>
            <translation>Prec. prueba</translation>
        </message>
        <message>
            <source>Params</source>
            <translation>Parám.</translation>
        </message>
        <message>
            <source>Steps</source>
            <translation>Pasos</translation>
        </message>
        <message>
            <source>Time</source>
            <translation>Tiempo</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Observaciones</translation>
        </message>
        <message>
            <source>{met} of {total} projects meet every goal.</source>
            <translation>{met} de {total} proyectos cumplen todos los objetivos.</translation>
        </message>
        <message>
            <source>file</source>
            <comment>a column of the table</comment>
            <translation>archivo</translation>
        </message>
        <message>
            <source>status</source>
            <comment>a column of the table</comment>
            <translation>estado</translation>
        </message>
        <message>
            <source>all goals met</source>
            <comment>a column of the table</comment>
            <translation>todos los objetivos cumplidos</translation>
        </message>
        <message>
            <source>test accuracy</source>
            <comment>a column of the table</comment>
            <translation>precisión de prueba</translation>
        </message>
        <message>
            <source>parameters</source>
            <comment>a column of the table</comment>
            <translation>parámetros</translation>
        </message>
        <message>
            <source>steps done</source>
            <comment>a column of the table</comment>
            <translation>pasos hechos</translation>
        </message>
        <message>
            <source>minutes</source>
            <comment>a column of the table</comment>
            <translation>minutos</translation>
        </message>
        <message>
            <source>note</source>
            <comment>a column of the table</comment>
            <translation>observaciones</translation>
        </message>
    </context>
    <context>
        <name>Inside</name>
        <message>
            <source>Train a network first. Then pick an example here and follow it through the network, layer by layer, down to one neuron's arithmetic.</source>
            <extracomment>Gives the digit the student drew, ready for the network (a batch of one), or None.</extracomment>
            <translation>Primero entrena una red. Luego elige aquí un ejemplo y síguelo a través de la red, capa por capa, hasta las cuentas de una sola neurona.</translation>
        </message>
        <message numerus="yes">
            <source>{name} ({kind}): {count:,} number(s)</source>
            <extracomment>Up to this many neurons a layer is a single column of cells with their values written in. A neuron with more inputs than COLUMN_MAX: its strongest few are listed in its sum and drawn as lines to it. The smallest cell height a value is written in; a layer whose cells would be smaller in one column gets several. Width to height of the cells of a layer of at most COLUMN_MAX neurons. How many of a layer's strongest neurons are listed with their pictures. Weight pictures in the neuron panel: screen pixels per weight. -1 for the input, else the layer's position in the trace. (height, width) when drawn as a picture. Whether a click on a neuron shows its arithmetic. The size of value that gets the strongest colour. Class names beside an output layer's cells. The values are probabilities (written as percentages).</extracomment>
            <translation>
                <numerusform>{name} ({kind}): {count:,} número</numerusform>
                <numerusform>{name} ({kind}): {count:,} números</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{name}: {count:,} neuron(s)</source>
            <translation>
                <numerusform>{name}: {count:,} neurona</numerusform>
                <numerusform>{name}: {count:,} neuronas</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{name}: {count:,} neuron(s), {activation}</source>
            <translation>
                <numerusform>{name}: {count:,} neurona, {activation}</numerusform>
                <numerusform>{name}: {count:,} neuronas, {activation}</numerusform>
            </translation>
        </message>
        <message>
            <source>The example's way through the network</source>
            <extracomment>The inputs that added most to the chosen neuron, outlined in the column before it, each with its weight (a line is drawn from it to the neuron).</extracomment>
            <translation>El recorrido del ejemplo por la red</translation>
        </message>
        <message>
            <source>{layer}: neuron {number} chosen</source>
            <translation>{layer}: neurona {number} elegida</translation>
        </message>
        <message>
            <source>Test example number</source>
            <extracomment>The example shown: a test-set index, or "drawn". The chosen neuron: (position in the trace, index), or None.</extracomment>
            <translation>Número del ejemplo de prueba</translation>
        </message>
        <message>
            <source>Which test example to follow through the network</source>
            <translation>Qué ejemplo de prueba seguir a través de la red</translation>
        </message>
        <message>
            <source>Use the digit I drew</source>
            <translation>Usar el dígito que dibujé</translation>
        </message>
        <message>
            <source>Follow the digit drawn in the Draw a digit tab instead</source>
            <translation>Seguir en su lugar el dígito dibujado en la pestaña Dibujar un dígito</translation>
        </message>
        <message>
            <source>The example and the network's answer</source>
            <translation>El ejemplo y la respuesta de la red</translation>
        </message>
        <message>
            <source>The chosen neuron</source>
            <translation>La neurona elegida</translation>
        </message>
        <message>
            <source>The neuron's arithmetic</source>
            <translation>Las cuentas de la neurona</translation>
        </message>
        <message>
            <source>The chosen neuron's sum with the network's real numbers, and its activation</source>
            <translation>La suma de la neurona elegida con los números reales de la red, y su activación</translation>
        </message>
        <message>
            <source>◀ Step back</source>
            <translation>◀ Paso atrás</translation>
        </message>
        <message>
            <source>The neuron before this one in the forward pass</source>
            <translation>La neurona anterior a esta en la pasada hacia delante</translation>
        </message>
        <message>
            <source>Step ▶</source>
            <translation>Paso ▶</translation>
        </message>
        <message>
            <source>The next neuron in the forward pass: every neuron of a layer, then the next layer</source>
            <translation>La siguiente neurona en la pasada hacia delante: todas las neuronas de una capa y luego la capa siguiente</translation>
        </message>
        <message>
            <source>Its weights</source>
            <translation>Sus pesos</translation>
        </message>
        <message>
            <source>The neuron's weights as a picture</source>
            <translation>Los pesos de la neurona como imagen</translation>
        </message>
        <message>
            <source>Digit × weights</source>
            <translation>Dígito × pesos</translation>
        </message>
        <message>
            <source>What each pixel of the digit gave the neuron</source>
            <translation>Lo que cada píxel del dígito aportó a la neurona</translation>
        </message>
        <message>
            <source>Red pushes the neuron up, blue down.</source>
            <translation>El rojo empuja la neurona hacia arriba; el azul, hacia abajo.</translation>
        </message>
        <message>
            <source>Left: the neuron's 784 weights, one per pixel. Right: this digit's pixels times those weights; their sum, plus the bias, is z. Red pushes the neuron up, blue pushes it down.</source>
            <translation>Izquierda: los 784 pesos de la neurona, uno por píxel. Derecha: los píxeles de este dígito multiplicados por esos pesos; su suma, más el sesgo, es z. El rojo empuja la neurona hacia arriba; el azul, hacia abajo.</translation>
        </message>
        <message>
            <source>Test example:</source>
            <translation>Ejemplo de prueba:</translation>
        </message>
        <message>
            <source>of {count:,}</source>
            <translation>de {count:,}</translation>
        </message>
        <message>
            <source>Draw a digit in the Draw a digit tab first.</source>
            <translation>Primero dibuja un dígito en la pestaña Dibujar un dígito.</translation>
        </message>
        <message>
            <source>The digit you drew. {answer}</source>
            <translation>El dígito que dibujaste. {answer}</translation>
        </message>
        <message>
            <source>The network could not be followed ({error}): {details}</source>
            <translation>No se pudo seguir el recorrido por la red ({error}): {details}</translation>
        </message>
        <message>
            <source>A picture of a {digit}.</source>
            <translation>Una imagen de un {digit}.</translation>
        </message>
        <message>
            <source>A picture of class {name}.</source>
            <translation>Una imagen de la clase {name}.</translation>
        </message>
        <message>
            <source>Inputs {inputs}; the right answer is {answer}.</source>
            <translation>Entradas {inputs}; la respuesta correcta es {answer}.</translation>
        </message>
        <message>
            <source>The network answered {answer} ({sure} sure).</source>
            <translation>La red respondió {answer} (con un {sure} de seguridad).</translation>
        </message>
        <message>
            <source>Input: {height} × {width} pixels</source>
            <translation>Entrada: {height} × {width} píxeles</translation>
        </message>
        <message numerus="yes">
            <source>Input: {count:,} number(s)</source>
            <translation>
                <numerusform>Entrada: {count:,} número</numerusform>
                <numerusform>Entrada: {count:,} números</numerusform>
            </translation>
        </message>
        <message>
            <source>Input {number} = {value}: a number from the data, not computed.</source>
            <translation>Entrada {number} = {value}: un número de los datos, no calculado.</translation>
        </message>
        <message>
            <source>Neuron {number} of {count} in the forward pass</source>
            <translation>Neurona {number} de {count} en la pasada hacia delante</translation>
        </message>
        <message>
            <source>Click a neuron above to see its arithmetic.</source>
            <translation>Haz clic en una neurona de arriba para ver sus cuentas.</translation>
        </message>
        <message>
            <source>{layer}, neuron {number} of {count} ({activation}): the answer {answer}</source>
            <translation>{layer}, neurona {number} de {count} ({activation}): la respuesta {answer}</translation>
        </message>
        <message>
            <source>{layer}, neuron {number} of {count} ({activation})</source>
            <translation>{layer}, neurona {number} de {count} ({activation})</translation>
        </message>
        <message>
            <source>It stayed silent: its sum z came to {z}, below 0, and ReLU turns anything below 0 into 0.</source>
            <translation>Se quedó callada: su suma z dio {z}, por debajo de 0, y ReLU convierte en 0 todo lo que está por debajo de 0.</translation>
        </message>
        <message>
            <source>An output neuron: softmax turns the layer's sums into probabilities.</source>
            <translation>Una neurona de salida: softmax convierte las sumas de la capa en probabilidades.</translation>
        </message>
        <message>
            <source>The output neuron: sigmoid squashes its sum into a probability from 0 to 1.</source>
            <translation>La neurona de salida: sigmoid aplasta su suma en una probabilidad de 0 a 1.</translation>
        </message>
        <message>
            <source>It adds up its {count:,} inputs, each times its weight, plus its bias; then {activation} gives what it passes on: {output}.</source>
            <translation>Suma sus {count:,} entradas, cada una multiplicada por su peso, más su sesgo; luego {activation} da lo que transmite: {output}.</translation>
        </message>
        <message>
            <source>How the answer came about (each output's sum z, then softmax):</source>
            <translation>Cómo se llegó a la respuesta (la suma z de cada salida y después softmax):</translation>
        </message>
        <message>
            <source>← this neuron</source>
            <translation>← esta neurona</translation>
        </message>
        <message>
            <source>The output is the chance of {positive}: {chance:.1%}. At 50% or more the answer is {positive}, so the network says {chosen}.</source>
            <translation>La salida es la probabilidad de {positive}: {chance:.1%}. Con un 50% o más, la respuesta es {positive}, así que la red dice {chosen}.</translation>
        </message>
        <message>
            <source>Fired most for this digit:</source>
            <translation>Neuronas que más se activaron con este dígito:</translation>
        </message>
        <message>
            <source>Fired most for this example:</source>
            <translation>Neuronas que más se activaron con este ejemplo:</translation>
        </message>
        <message>
            <source>Neuron {number}, which put out {value}</source>
            <translation>Neurona {number}, que dio {value}</translation>
        </message>
        <message>
            <source>Neuron {number}</source>
            <translation>Neurona {number}</translation>
        </message>
    </context>
    <context>
        <name>KerasImport</name>
        <message>
            <source>{where}: {problem}</source>
            <extracomment>The last line of an exported script (and the notebook's metadata key): the settings the code cannot carry in a readable way (the data, the project's name). Keras class names (and old spellings) of the layers nnstudio has. A call's positional arguments, by kind, in Keras's order. What Keras does for an argument left out, where nnstudio's catalog starts elsewhere. Arguments that change nothing nnstudio models when they have these values. Loss names Keras also accepts (classes and short names), to nnstudio's. compile() arguments nnstudio decides itself: read and left. Sentences about what was assumed (data settings not in the file, weights left out). The .keras file, when it holds trained weights (Keras loads them, in safe mode).</extracomment>
            <translation>{where}: {problem}</translation>
        </message>
        <message>
            <source>nnstudio uses square windows; expected one number or two equal ones for {key}. Received: {value}.</source>
            <translation>nnstudio usa ventanas cuadradas; se esperaba un número o dos números iguales para {key}. Recibido: {value}.</translation>
        </message>
        <message>
            <source>nnstudio has no {key} {value}. Expected one of: {names}.</source>
            <translation>nnstudio no admite {value} como {key}. Se esperaba uno de: {names}.</translation>
        </message>
        <message>
            <source>nnstudio has no layer {kind}. Expected one of: {kinds}.</source>
            <translation>nnstudio no tiene la capa {kind}. Se esperaba una de: {kinds}.</translation>
        </message>
        <message>
            <source>{kind} takes at most {count} values in order.</source>
            <translation>{kind} admite como máximo {count} valores sin nombre, por posición.</translation>
        </message>
        <message>
            <source>nnstudio's {kind} layer has no setting {setting}. Expected some of: {names}.</source>
            <translation>la capa {kind} de nnstudio no tiene el ajuste {setting}. Se esperaba alguno de: {names}.</translation>
        </message>
        <message>
            <source>none</source>
            <translation>ninguno</translation>
        </message>
        <message>
            <source>expected the input's shape as whole numbers, such as (28, 28). Received: {value}.</source>
            <translation>se esperaba la forma de la entrada en números enteros, como (28, 28). Recibido: {value}.</translation>
        </message>
        <message>
            <source>nnstudio has no optimizer {name}. Expected one of: {names}.</source>
            <translation>nnstudio no tiene el optimizador {name}. Se esperaba uno de: {names}.</translation>
        </message>
        <message>
            <source>nnstudio has no learning-rate schedule {name}.</source>
            <translation>nnstudio no admite la programación de la tasa de aprendizaje {name}.</translation>
        </message>
        <message>
            <source>expected {key} to be a number. Received: {value}.</source>
            <translation>se esperaba que {key} fuera un número. Recibido: {value}.</translation>
        </message>
        <message>
            <source>nnstudio's {optimizer} has no setting {setting}.</source>
            <translation>el {optimizer} de nnstudio no tiene el ajuste {setting}.</translation>
        </message>
        <message>
            <source>nnstudio has no loss {name}. Expected one of: {names}.</source>
            <translation>nnstudio no tiene la pérdida {name}. Se esperaba una de: {names}.</translation>
        </message>
        <message>
            <source>{file} has no config.json: expected a Keras 3 .keras file.</source>
            <translation>{file} no tiene config.json: se esperaba un archivo .keras de Keras 3.</translation>
        </message>
        <message>
            <source>{file} is not a .keras file: expected a zip archive, found other bytes.</source>
            <translation>{file} no es un archivo .keras: se esperaba un archivo zip, pero se encontraron otros bytes.</translation>
        </message>
        <message>
            <source>{file}: its config.json is not readable JSON.</source>
            <translation>{file}: su config.json no es un JSON legible.</translation>
        </message>
        <message>
            <source>{file}: no model found in config.json.</source>
            <translation>{file}: no se encontró ningún modelo en config.json.</translation>
        </message>
        <message>
            <source>expected a Sequential or functional Keras model. Received: {value}.</source>
            <translation>se esperaba un modelo de Keras Sequential o funcional. Recibido: {value}.</translation>
        </message>
        <message>
            <source>{file}, layer {number} ({kind})</source>
            <translation>{file}, capa {number} ({kind})</translation>
        </message>
        <message>
            <source>custom code (a Lambda or a custom layer) is never loaded: nnstudio reads only Keras's own layers.</source>
            <translation>el código propio (una capa Lambda o una capa personalizada) nunca se carga: nnstudio solo lee las capas que trae Keras.</translation>
        </message>
        <message>
            <source>its {key} is a custom object, which nnstudio never loads.</source>
            <translation>su {key} es un objeto personalizado, y nnstudio nunca los carga.</translation>
        </message>
        <message>
            <source>Imported network</source>
            <translation>Red importada</translation>
        </message>
        <message>
            <source>the layer {name} takes {inputs}: nnstudio builds networks that are one chain of layers, each taking the one before it.</source>
            <translation>la capa {name} recibe {inputs}: nnstudio construye redes que son una sola cadena de capas, en la que cada capa recibe la anterior.</translation>
        </message>
        <message>
            <source>{file}, the loss</source>
            <translation>{file}, la pérdida</translation>
        </message>
        <message>
            <source>{file}, the optimizer</source>
            <translation>{file}, el optimizador</translation>
        </message>
        <message>
            <source>{file}, line {number}</source>
            <translation>{file}, línea {number}</translation>
        </message>
        <message>
            <source>expected a written-out value, found a computed one ({code}).</source>
            <translation>se esperaba un valor escrito tal cual, pero se encontró uno calculado ({code}).</translation>
        </message>
        <message>
            <source>{file} is not valid Python: line {number}: {error}.</source>
            <translation>{file} no es Python válido: línea {number}: {error}.</translation>
        </message>
        <message>
            <source>the model is built in a loop; nnstudio needs each layer written out.</source>
            <translation>el modelo se construye en un bucle; nnstudio necesita cada capa escrita una por una.</translation>
        </message>
        <message>
            <source>expected the layers as a written-out list.</source>
            <translation>se esperaba una lista con las capas escritas una por una.</translation>
        </message>
        <message>
            <source>no Keras model found: expected keras.Sequential([...]), model.add(...) or a chain from keras.Input to keras.Model.</source>
            <translation>no se encontró ningún modelo de Keras: se esperaba keras.Sequential([...]), model.add(...) o una cadena de keras.Input a keras.Model.</translation>
        </message>
        <message>
            <source>The file does not say which data it trains on: MNIST is chosen, as the input is a 28x28 picture; add a Reshape layer to (28, 28, 1) or change the input.</source>
            <translation>El archivo no dice con qué datos entrena: se elige MNIST, ya que la entrada es una imagen de 28x28; añade una capa Reshape a (28, 28, 1) o cambia la entrada.</translation>
        </message>
        <message>
            <source>The file does not say which data it trains on: MNIST is chosen, as the input is a 28x28 picture, with pixels scaled to 0..1; check the Data panel.</source>
            <translation>El archivo no dice con qué datos entrena: se elige MNIST, ya que la entrada es una imagen de 28x28, con los píxeles escalados a 0..1; revisa el panel de Datos.</translation>
        </message>
        <message>
            <source>The file does not say which data it trains on: XOR is chosen (2 inputs).</source>
            <translation>El archivo no dice con qué datos entrena: se elige XOR (2 entradas).</translation>
        </message>
        <message>
            <source>The file does not say which data it trains on: choose your CSV file and its label column in the Data panel.</source>
            <translation>El archivo no dice con qué datos entrena: elige tu archivo CSV y su columna de etiqueta en el panel de Datos.</translation>
        </message>
        <message>
            <source>expected a Keras layer, such as layers.Dense(128). Received: {code}.</source>
            <translation>se esperaba una capa de Keras, como layers.Dense(128). Recibido: {code}.</translation>
        </message>
        <message>
            <source>this layer is added in a loop; nnstudio needs each layer written out.</source>
            <translation>esta capa se añade en un bucle; nnstudio necesita cada capa escrita una por una.</translation>
        </message>
        <message>
            <source>a Lambda layer runs code of its own, which nnstudio never imports.</source>
            <translation>una capa Lambda ejecuta código propio, y nnstudio nunca lo importa.</translation>
        </message>
        <message>
            <source>this layer takes {name}, which is not a chain from keras.Input.</source>
            <translation>esta capa recibe {name}, que no es una cadena que salga de keras.Input.</translation>
        </message>
        <message>
            <source>expected the model's outputs to be one chain of layers from keras.Input.</source>
            <translation>se esperaba que las salidas del modelo fueran una sola cadena de capas desde keras.Input.</translation>
        </message>
        <message>
            <source>nnstudio has no compile setting {key}.</source>
            <translation>nnstudio no tiene el ajuste de compilación {key}.</translation>
        </message>
        <message>
            <source>The settings kept in the file cannot be read: {error}</source>
            <translation>No se pueden leer los ajustes guardados en el archivo: {error}</translation>
        </message>
        <message>
            <source>For nnstudio's File → Import: the data and the name, which the code above cannot
say in a way nnstudio reads.</source>
            <extracomment>The width of one line of kept settings (within the 100 columns of the exported code).</extracomment>
            <translation>Para Archivo → Importar red de nnstudio: los datos y el nombre, que el código de arriba no
puede indicar de una forma que nnstudio sepa leer.</translation>
        </message>
        <message>
            <source>{file} is not a notebook: expected JSON, found a mistake at line {number}.</source>
            <translation>{file} no es un cuaderno: se esperaba JSON, pero se encontró un error en la línea {number}.</translation>
        </message>
        <message>
            <source>{file} is not a Jupyter notebook: expected a list of cells.</source>
            <translation>{file} no es un cuaderno de Jupyter: se esperaba una lista de celdas.</translation>
        </message>
        <message>
            <source>{file}: expected a .keras file, a Python script (.py) or a notebook (.ipynb).</source>
            <translation>{file}: se esperaba un archivo .keras, un script de Python (.py) o un cuaderno (.ipynb).</translation>
        </message>
        <message>
            <source>There is no file at {path}.</source>
            <translation>No hay ningún archivo en {path}.</translation>
        </message>
        <message>
            <source>{file} cannot be read as text: {error}</source>
            <translation>{file} no se puede leer como texto: {error}</translation>
        </message>
    </context>
    <context>
        <name>LayerSettings</name>
        <message>
            <source>Name</source>
            <translation>Nombre</translation>
        </message>
        <message>
            <source>A name of your own for this layer, shown in the model summary and the exported code; leave it empty to let Keras name it.</source>
            <translation>Un nombre propio para esta capa, que aparece en el resumen del modelo y en el código exportado; déjalo vacío para que Keras le ponga uno.</translation>
        </message>
        <message>
            <source>Select a layer to see its settings.</source>
            <translation>Selecciona una capa para ver sus ajustes.</translation>
        </message>
        <message>
            <source>{kind} (layer {number})</source>
            <translation>{kind} (capa {number})</translation>
        </message>
        <message>
            <source>automatic: {name}</source>
            <translation>automático: {name}</translation>
        </message>
        <message>
            <source>empty means: named automatically</source>
            <translation>vacío significa: nombre automático</translation>
        </message>
        <message>
            <source>Output shape: not known yet, because of a problem in this layer or one above it.</source>
            <translation>Forma de salida: todavía desconocida, por un problema en esta capa o en una de las de arriba.</translation>
        </message>
        <message numerus="yes">
            <source>{count} weight(s)</source>
            <translation>
                <numerusform>{count} peso</numerusform>
                <numerusform>{count} pesos</numerusform>
            </translation>
        </message>
        <message>
            <source>{weights} ({trained} trained)</source>
            <translation>{weights} (entrenados: {trained})</translation>
        </message>
        <message>
            <source>Output shape {shape} · {weights}</source>
            <translation>Forma de salida {shape} · {weights}</translation>
        </message>
    </context>
    <context>
        <name>LayerStack</name>
        <message>
            <source>Drag layers here from the palette
(or press Insert to choose one)</source>
            <translation>Arrastra aquí capas desde la paleta
(o pulsa Insert para elegir una)</translation>
        </message>
        <message numerus="yes">
            <source>{problem} (and %n more)</source>
            <translation>
                <numerusform>{problem} (y %n más)</numerusform>
                <numerusform>{problem} (y %n más)</numerusform>
            </translation>
        </message>
        <message>
            <source>shape ?</source>
            <translation>forma ?</translation>
        </message>
        <message>
            <source>Layer stack</source>
            <translation>Pila de capas</translation>
        </message>
        <message>
            <source>The network's layers from input to output. Delete removes, Ctrl+D duplicates, Alt+Up and Alt+Down move, Insert adds a layer below.</source>
            <translation>Las capas de la red, de la entrada a la salida. Supr elimina, Ctrl+D duplica, Alt+Arriba y Alt+Abajo mueven, Insert añade una capa debajo.</translation>
        </message>
        <message>
            <source>&amp;Insert layer…</source>
            <translation>&amp;Insertar capa…</translation>
        </message>
        <message>
            <source>Choose a layer to insert below the selected one</source>
            <translation>Elegir una capa para insertarla debajo de la seleccionada</translation>
        </message>
        <message>
            <source>D&amp;uplicate layer</source>
            <translation>D&amp;uplicar capa</translation>
        </message>
        <message>
            <source>Insert a copy of the selected layer below it</source>
            <translation>Insertar una copia de la capa seleccionada debajo de ella</translation>
        </message>
        <message>
            <source>Move layer &amp;up</source>
            <translation>Mover capa a&amp;rriba</translation>
        </message>
        <message>
            <source>Move the selected layer one place up</source>
            <translation>Subir la capa seleccionada un puesto</translation>
        </message>
        <message>
            <source>Move layer &amp;down</source>
            <translation>Mover capa a&amp;bajo</translation>
        </message>
        <message>
            <source>Move the selected layer one place down</source>
            <translation>Bajar la capa seleccionada un puesto</translation>
        </message>
        <message>
            <source>&amp;Delete layer</source>
            <translation>&amp;Eliminar capa</translation>
        </message>
        <message>
            <source>Remove the selected layer</source>
            <translation>Quitar la capa seleccionada</translation>
        </message>
        <message>
            <source>&amp;Insert layer below</source>
            <translation>&amp;Insertar capa debajo</translation>
        </message>
    </context>
    <context>
        <name>Lesson challenge-own-csv</name>
        <message>
            <source>Challenge: your own data</source>
            <translation>Reto: tus propios datos</translation>
        </message>
        <message>
            <source>Find or make a table of your own, save it as a CSV file, and train a network that reaches at least 90% on the rows it never learned from.</source>
            <translation>Busca o crea una tabla propia, guárdala como archivo CSV y entrena una red que llegue al menos al 90% con las filas de las que nunca aprendió.</translation>
        </message>
        <message>
            <source>My own data</source>
            <translation>Mis propios datos</translation>
        </message>
        <message>
            <source>The challenge</source>
            <translation>El reto</translation>
        </message>
        <message>
            <source>So far the data came with nnstudio. Now bring your own.

**Your goal:** a network that puts at least **90%** of the test rows of *your own* CSV file in the right class.

A **CSV file** is a table saved as plain text: one row per line, the cells separated by commas (or semicolons). Any spreadsheet program writes one with *Save as*, choosing the type CSV. A file that works looks like this:

- `sleep_hours,screen_hours,breakfast,sport_minutes,mood`
- `8,2,1,45,fresh`
- `5.5,6,0,0,tired`
- `7,3.5,1,20,fresh`

What it needs:

- a **header row** first, naming every column;
- one row per example: a few dozen at the very least, a few hundred is better;
- **numbers** in every column but one (with a decimal point; or with a decimal comma when the cells are separated by semicolons);
- one **label column**: the answer for each row, as words (`fresh`, `tired`) or as numbers (0, 1, 2), with at least two different answers.

Columns of names or dates cannot go in: delete them, or turn them into numbers first (yes and no become 1 and 0). An empty cell stops the file from loading, unless you tick *Skip rows with missing values* in the Data settings.

Ideas: a survey of your class, measurements from a science lesson, the weather of many days (temperature, wind, clouds, and whether it rained), the statistics of a sports team.</source>
            <translation>Hasta ahora los datos venían con nnstudio. Ahora trae los tuyos.

**Tu objetivo:** una red que ponga en la clase correcta al menos el **90%** de las filas de prueba de *tu propio* archivo CSV.

Un **archivo CSV** es una tabla guardada como texto sin formato: una fila por línea, con las celdas separadas por comas (o por puntos y coma). Cualquier programa de hojas de cálculo crea uno con *Guardar como*, eligiendo el tipo CSV. Un archivo que funciona tiene este aspecto (horas de sueño, horas de pantalla, desayuno, minutos de deporte y estado de ánimo):

- `sleep_hours,screen_hours,breakfast,sport_minutes,mood`
- `8,2,1,45,fresh`
- `5.5,6,0,0,tired`
- `7,3.5,1,20,fresh`

Lo que necesita:

- primero, una **fila de encabezado** que dé nombre a cada columna;
- una fila por ejemplo: unas cuantas docenas como mínimo, y mejor unos cuantos cientos;
- **números** en todas las columnas menos una (con punto decimal; o con coma decimal si las celdas están separadas por puntos y coma);
- una **columna de etiqueta**: la respuesta de cada fila, en palabras (`fresh`, `tired`) o en números (0, 1, 2), con al menos dos respuestas distintas.

Las columnas de nombres o de fechas no pueden entrar: bórralas o conviértelas antes en números (sí y no pasan a ser 1 y 0). Una celda vacía impide que se cargue el archivo, a menos que marques *Omitir filas con valores que faltan* en los ajustes de Datos.

Ideas: una encuesta en tu clase, mediciones de una clase de ciencias, el tiempo de muchos días (temperatura, viento, nubes y si llovió), las estadísticas de un equipo deportivo.</translation>
        </message>
        <message>
            <source>Your file</source>
            <translation>Tu archivo</translation>
        </message>
        <message>
            <source>In the **Data** settings, choose the dataset **Your own CSV file**, then **Browse…** for your file, and choose the **Label column**: the column with the answers. All the other columns become the network's inputs.

The network is ready for any file: the Input layer takes its shape from the data, a hidden layer of 16 ReLU neurons, and an output layer of 2 Softmax neurons. If your labels have more than two different values, give the output layer one unit per value: the Problems list tells you when they differ.

The Data settings already **standardise** every column (so that a column of big numbers does not drown the others), keep 20% of the rows apart for the test, and hold back 10% of the rest for validation.</source>
            <translation>En los ajustes de **Datos**, elige el conjunto de datos **Tu propio archivo CSV**, luego busca tu archivo con **Examinar…** y elige la **Columna de etiqueta**: la columna con las respuestas. Todas las demás columnas pasan a ser las entradas de la red.

La red está lista para cualquier archivo: la capa Input toma su forma de los datos, luego hay una capa oculta de 16 neuronas ReLU y una capa de salida de 2 neuronas Softmax. Si tus etiquetas tienen más de dos valores distintos, dale a la capa de salida una neurona por valor: la lista de Problemas te avisa cuando no coinciden.

Los ajustes de Datos ya **estandarizan** cada columna (para que una columna de números grandes no ahogue a las demás), guardan aparte un 20% de las filas para la prueba y reservan un 10% del resto para la validación.</translation>
        </message>
        <message>
            <source>The dataset is the first choice in the Data settings: pick Your own CSV file, and a Browse… button appears for the file.</source>
            <translation>El conjunto de datos es la primera opción de los ajustes de Datos: elige Tu propio archivo CSV y aparecerá un botón Examinar… para el archivo.</translation>
        </message>
        <message>
            <source>The label column is the column with the answers; once the file is read, its columns are offered in a list.</source>
            <translation>La columna de etiqueta es la columna con las respuestas; en cuanto se lee el archivo, sus columnas aparecen en una lista.</translation>
        </message>
        <message>
            <source>Choose your own CSV file and its label column in the Data settings.</source>
            <translation>Elige tu propio archivo CSV y su columna de etiqueta en los ajustes de Datos.</translation>
        </message>
        <message>
            <source>Above 90%</source>
            <translation>Por encima del 90%</translation>
        </message>
        <message>
            <source>Train, and look at the Results tab. The goal below ticks itself off as you reach each part.

Think about what the number means:

- A network can only be as good as the data. If your columns say little about the label, no network reaches 90%: choose a label that the numbers really decide.
- Check the share of the most common label. If 95% of your rows say `fresh`, a network that always answers `fresh` gets 95% and has learned nothing. The confusion matrix in the Results tab shows it at once.
- With only a few rows, the test is only a few rows too, and one lucky or unlucky row moves the score a lot.</source>
            <translation>Entrena y mira la pestaña Resultados. El objetivo de abajo se va marcando solo a medida que cumples cada parte.

Piensa en lo que significa el número:

- Una red solo puede ser tan buena como sus datos. Si tus columnas dicen poco sobre la etiqueta, ninguna red llega al 90%: elige una etiqueta que los números decidan de verdad.
- Mira qué proporción tiene la etiqueta más común. Si el 95% de tus filas dice `fresh`, una red que siempre responda `fresh` saca un 95% y no ha aprendido nada. La matriz de confusión de la pestaña Resultados lo muestra enseguida.
- Con pocas filas, la prueba también tiene pocas filas, y una sola fila con buena o mala suerte cambia mucho la nota.</translation>
        </message>
        <message>
            <source>If the file will not load, read the sentence under the file name in the Data settings: it names the row and the column that are wrong.</source>
            <translation>Si el archivo no se carga, lee la frase que hay debajo del nombre del archivo en los ajustes de Datos: indica la fila y la columna que están mal.</translation>
        </message>
        <message>
            <source>Far below 90%? Look at the curves: if the training accuracy is high but the validation accuracy is low, the network memorises; fewer neurons or more rows help. If both are low, try more epochs, or ask whether your columns can decide the label at all.</source>
            <translation>¿Muy por debajo del 90%? Mira las curvas: si la precisión de entrenamiento es alta pero la de validación es baja, la red está memorizando; ayudan menos neuronas o más filas. Si las dos son bajas, prueba con más épocas, o piensa si tus columnas pueden decidir la etiqueta.</translation>
        </message>
        <message>
            <source>A more useful column often helps more than a bigger network.</source>
            <translation>Una columna más útil suele ayudar más que una red más grande.</translation>
        </message>
        <message>
            <source>Use your own CSV file, and keep at least 10% of its rows apart for the test.</source>
            <translation>Usa tu propio archivo CSV y guarda aparte al menos un 10% de sus filas para la prueba.</translation>
        </message>
    </context>
    <context>
        <name>Lesson challenge-small-mnist</name>
        <message>
            <source>Challenge: 97% with 20,000 parameters</source>
            <translation>Reto: 97% con 20.000 parámetros</translation>
        </message>
        <message>
            <source>Reach at least 97% on the MNIST test digits with a network of at most 20,000 parameters: a fifth of the first lesson's network.</source>
            <translation>Consigue al menos un 97% en los dígitos de prueba de MNIST con una red de 20.000 parámetros como mucho: la quinta parte de la red de la primera lección.</translation>
        </message>
        <message>
            <source>Small MNIST challenge</source>
            <translation>Reto de MNIST pequeño</translation>
        </message>
        <message>
            <source>The challenge</source>
            <translation>El reto</translation>
        </message>
        <message>
            <source>In the first lesson, a network of **101,770** parameters read handwritten digits with about 97.5% accuracy. Can you do almost as well with a network five times smaller?

**Your goal:** at least **97%** on the 10,000 MNIST test digits, with at most **20,000** parameters (weights and biases).

The rules:

- the data stays MNIST, tested on all 10,000 test digits;
- everything else is yours to change: layers, neurons, activations, the optimizer, epochs, batch size, preprocessing.

You start from the first lesson's network. The count beside the Train button tells you where you stand; the layer stack and the Network tab show where the parameters sit. There is no single right answer, and there is no recipe here: experiment, keep notes, compare your runs in the Runs tab. Press **Next** to see the goal.</source>
            <translation>En la primera lección, una red de **101.770** parámetros leía dígitos escritos a mano con una precisión de alrededor del 97,5 %. ¿Puedes hacerlo casi igual de bien con una red cinco veces más pequeña?

**Tu objetivo:** al menos un **97%** en los 10.000 dígitos de prueba de MNIST, con **20.000** parámetros como mucho (pesos y sesgos).

Las reglas:

- los datos siguen siendo MNIST y se prueban con los 10.000 dígitos de prueba;
- todo lo demás lo puedes cambiar tú: capas, neuronas, activaciones, el optimizador, las épocas, el tamaño de lote, el preprocesamiento.

Empiezas con la red de la primera lección. El recuento junto al botón Entrenar te dice dónde estás; la pila de capas y la pestaña Red muestran dónde están los parámetros. No hay una única respuesta correcta, ni tampoco una receta: experimenta, toma notas y compara tus ejecuciones en la pestaña Ejecuciones. Pulsa **Siguiente** para ver el objetivo.</translation>
        </message>
        <message>
            <source>Your small network</source>
            <translation>Tu red pequeña</translation>
        </message>
        <message>
            <source>Build, train, look, change, train again. The goal below ticks itself off as you reach each part.

A tip from scientists: change **one thing at a time**, so that you know what made the difference.</source>
            <translation>Construye, entrena, observa, cambia y vuelve a entrenar. El objetivo de abajo se va marcando solo a medida que cumples cada parte.

Un consejo de los científicos: cambia **una sola cosa cada vez**, para saber qué es lo que ha marcado la diferencia.</translation>
        </message>
        <message>
            <source>Where are the parameters? Select each layer in the stack: almost all of them sit between the 784 pixels and the 128 hidden neurons. Shrink one side or the other.</source>
            <translation>¿Dónde están los parámetros? Selecciona cada capa de la pila: casi todos están entre los 784 píxeles y las 128 neuronas ocultas. Reduce un lado o el otro.</translation>
        </message>
        <message>
            <source>Fewer hidden neurons is the first idea, and worth a try. Watch the test accuracy as well as the count: how close to 97% does it get?</source>
            <translation>Usar menos neuronas ocultas es la primera idea, y merece la pena probarla. Fíjate tanto en la precisión de prueba como en el recuento: ¿cuánto se acerca al 97%?</translation>
        </message>
        <message>
            <source>Another idea: make the picture smaller before any Dense layer sees it. The Convolution group of the palette has layers that shrink a picture and learn what to keep. They read pictures with channels (28, 28, 1), so a Reshape layer comes first.</source>
            <translation>Otra idea: hacer la imagen más pequeña antes de que la vea ninguna capa Dense. El grupo Convolución de la paleta tiene capas que reducen una imagen y aprenden qué conservar. Leen imágenes con canales (28, 28, 1), así que primero va una capa Reshape.</translation>
        </message>
        <message>
            <source>Epochs, batch size and the optimizer's settings cost no parameters at all.</source>
            <translation>Las épocas, el tamaño de lote y los ajustes del optimizador no cuestan ni un solo parámetro.</translation>
        </message>
        <message>
            <source>Use the MNIST digits, tested on all 10,000 test digits.</source>
            <translation>Usa los dígitos MNIST, probados con los 10.000 dígitos de prueba.</translation>
        </message>
    </context>
    <context>
        <name>Lesson challenge-xor-fewest</name>
        <message>
            <source>Challenge: XOR with the fewest neurons</source>
            <translation>Reto: XOR con el menor número de neuronas</translation>
        </message>
        <message>
            <source>The XOR lesson used 16 hidden neurons. Get all four rows right with a hidden layer of at most 4, then see how low you can go.</source>
            <translation>La lección de XOR usaba 16 neuronas ocultas. Acierta las cuatro filas con una capa oculta de 4 neuronas como máximo y luego mira hasta dónde puedes bajar.</translation>
        </message>
        <message>
            <source>XOR with few neurons</source>
            <translation>XOR con pocas neuronas</translation>
        </message>
        <message>
            <source>The challenge</source>
            <translation>El reto</translation>
        </message>
        <message>
            <source>In the XOR lesson, a hidden layer of **16** ReLU neurons learned the four rows. Are 16 really needed?

**Your goal:** all four rows right (100% training accuracy) with a network of one hidden layer of at most **4** neurons, still on the XOR table.

In theory, **2** ReLU neurons are enough. With the inputs $x_1$ and $x_2$:

- neuron 1 computes $h_1 = max(0, x_1 + x_2)$, which is 0, 1, 1, 2 for the four rows;
- neuron 2 computes $h_2 = max(0, x_1 + x_2 - 1)$, which is 0, 0, 0, 1;
- $h_1 - 2 h_2$ is then 0, 1, 1, 0: exactly XOR.

But training has to *find* such weights, starting from random ones, and with few neurons it can get stuck: a neuron whose sum is below 0 for all four rows gives 0 and learns nothing, and the network can stay stuck at 75% or 50%. With few neurons, luck matters.

Press **Next** to see the goal. When you have it with 4, try 3, then 2.</source>
            <translation>En la lección de XOR, una capa oculta de **16** neuronas ReLU aprendió las cuatro filas. ¿De verdad hacen falta 16?

**Tu objetivo:** acertar las cuatro filas (100% de precisión de entrenamiento) con una red de una sola capa oculta de **4** neuronas como máximo, todavía con la tabla XOR.

En teoría, bastan **2** neuronas ReLU. Con las entradas $x_1$ y $x_2$:

- la neurona 1 calcula $h_1 = max(0, x_1 + x_2)$, que da 0, 1, 1, 2 para las cuatro filas;
- la neurona 2 calcula $h_2 = max(0, x_1 + x_2 - 1)$, que da 0, 0, 0, 1;
- entonces $h_1 - 2 h_2$ da 0, 1, 1, 0: exactamente XOR.

Pero el entrenamiento tiene que *encontrar* esos pesos partiendo de unos aleatorios, y con pocas neuronas se puede atascar: una neurona cuya suma está por debajo de 0 en las cuatro filas da 0 y no aprende nada, y la red puede quedarse atascada en el 75% o el 50%. Con pocas neuronas, la suerte importa.

Pulsa **Siguiente** para ver el objetivo. Cuando lo consigas con 4, prueba con 3 y luego con 2.</translation>
        </message>
        <message>
            <source>Fewer neurons</source>
            <translation>Menos neuronas</translation>
        </message>
        <message>
            <source>Change the network, train, look at the curves and the boundary, and try again. The goal below ticks itself off as you reach each part.

Keep a note of what you tried: the neurons, the seed, the learning rate, the epochs, and whether it reached 100%.</source>
            <translation>Cambia la red, entrena, mira las curvas y la frontera, y vuelve a intentarlo. El objetivo de abajo se va marcando solo a medida que cumples cada parte.

Apunta lo que has probado: las neuronas, la semilla, la tasa de aprendizaje, las épocas y si llegó al 100%.</translation>
        </message>
        <message>
            <source>The number of neurons is the hidden layer's Units, in its settings.</source>
            <translation>El número de neuronas se cambia en Neuronas, en los ajustes de la capa oculta.</translation>
        </message>
        <message>
            <source>Stuck at 75% or 50%? That is the random start. Change the Random seed in the Training settings and train again; try a few.</source>
            <translation>¿Atascada en el 75% o el 50%? Es por el inicio aleatorio. Cambia la Semilla aleatoria en los ajustes de Entrenamiento y vuelve a entrenar; prueba con unas cuantas.</translation>
        </message>
        <message>
            <source>Few neurons learn slowly with small steps. In Loss and optimizer, a learning rate of 0.01 instead of 0.001 takes bigger steps; more epochs give it more time.</source>
            <translation>Con pasos pequeños, pocas neuronas aprenden despacio. En Pérdida y optimizador, una tasa de aprendizaje de 0.01 en lugar de 0.001 da pasos más grandes; más épocas le dan más tiempo.</translation>
        </message>
        <message>
            <source>Keep one hidden layer: Input, Dense, Dense.</source>
            <translation>Mantén una sola capa oculta: Input, Dense, Dense.</translation>
        </message>
        <message>
            <source>Give the hidden layer (layer 2) at most 4 neurons.</source>
            <translation>Dale a la capa oculta (la capa 2) 4 neuronas como máximo.</translation>
        </message>
        <message>
            <source>Keep the XOR table as the data.</source>
            <translation>Mantén la tabla XOR como datos.</translation>
        </message>
    </context>
    <context>
        <name>Lesson layers-8-6-6-4</name>
        <message>
            <source>Layers: building the 8-6-6-4 network</source>
            <translation>Capas: construir la red 8-6-6-4</translation>
        </message>
        <message>
            <source>What a layer is and what its shapes and weights are, counted by hand: build the small 8-6-6-4 network of the textbooks layer by layer, meet the other kinds of layers in the palette, then train it and follow one example through it.</source>
            <translation>Qué es una capa y cuáles son sus formas y sus pesos, contados a mano: construye capa a capa la pequeña red 8-6-6-4 de los libros de texto, conoce los otros tipos de capas de la paleta y, después, entrénala y sigue un ejemplo a través de ella.</translation>
        </message>
        <message>
            <source>8-6-6-4 lesson</source>
            <translation>Lección 8-6-6-4</translation>
        </message>
        <message>
            <source>What is a layer?</source>
            <translation>¿Qué es una capa?</translation>
        </message>
        <message>
            <source>A neural network is built in **layers**, stacked one under the other. The numbers of one example go in at the top, pass through each layer in turn, and come out at the bottom as the answer. Each layer takes a list of numbers and hands on a new list, often of a different length.

In this lesson you build a small network that books often draw: 8 inputs, two hidden layers of 6 neurons, and 4 outputs. People call it **8-6-6-4**.

The data is made up for it: 1,000 examples, each described by **8 numbers**, each belonging to one of **4 classes**. Think of 8 measurements of a fruit, and 4 kinds of fruit. The network must learn to tell the class from the 8 numbers.

The layer stack already holds the **Input** layer, with the shape `8`. It computes nothing: it says what one example looks like. Keep the **Network** tab open to watch the picture grow as you add layers, then press **Next**.</source>
            <translation>Una red neuronal se construye por **capas**, apiladas una debajo de otra. Los números de un ejemplo entran por arriba, pasan por cada capa por turnos y salen por abajo como respuesta. Cada capa recibe una lista de números y entrega una lista nueva, que a menudo tiene otra longitud.

En esta lección construyes una red pequeña que suele aparecer dibujada en los libros: 8 entradas, dos capas ocultas de 6 neuronas y 4 salidas. Se la conoce como **8-6-6-4**.

Los datos están inventados para ella: 1.000 ejemplos, cada uno descrito por **8 números** y cada uno perteneciente a una de **4 clases**. Piensa en 8 medidas de una fruta y en 4 tipos de fruta. La red tiene que aprender a reconocer la clase a partir de los 8 números.

La pila de capas ya contiene la capa **Input**, con la forma `8`. No calcula nada: dice cómo es un ejemplo. Deja abierta la pestaña **Red** para ver cómo crece el dibujo a medida que añades capas y luego pulsa **Siguiente**.</translation>
        </message>
        <message>
            <source>Six neurons, 54 numbers</source>
            <translation>Seis neuronas, 54 números</translation>
        </message>
        <message>
            <source>Drag a **Dense** layer from the palette under Input, and give it **6** units with the activation **ReLU**.

*Dense* means that every neuron is joined to every input. Each of the 6 neurons takes the 8 inputs $x_1$ to $x_8$, multiplies each by a weight of its own, adds them up with a bias $b$, and applies ReLU:

$z = w_1 x_1 + w_2 x_2 + ... + w_8 x_8 + b$, then $max(0, z)$

So the layer takes 8 numbers in and gives 6 out. Its weights fill a table of 8 rows and 6 columns:

$8 * 6 = 48$ weights, plus 6 biases: **54** parameters.</source>
            <translation>Arrastra una capa **Dense** desde la paleta hasta debajo de Input y dale **6** neuronas con la activación **ReLU**.

*Dense* significa que cada neurona está conectada con todas las entradas. Cada una de las 6 neuronas toma las 8 entradas, de $x_1$ a $x_8$, multiplica cada una por un peso propio, las suma junto con un sesgo $b$ y aplica ReLU:

$z = w_1 x_1 + w_2 x_2 + ... + w_8 x_8 + b$, y después $max(0, z)$

Así, la capa recibe 8 números y entrega 6. Sus pesos llenan una tabla de 8 filas y 6 columnas:

$8 * 6 = 48$ pesos, más 6 sesgos: **54** parámetros.</translation>
        </message>
        <message>
            <source>Drag Dense from the palette onto the layer stack, just below Input (or select Input and double-click Dense).</source>
            <translation>Arrastra Dense desde la paleta hasta la pila de capas, justo debajo de Input (o selecciona Input y haz doble clic en Dense).</translation>
        </message>
        <message>
            <source>Select the new Dense layer and set its Units to 6; its activation is already ReLU.</source>
            <translation>Selecciona la nueva capa Dense y pon Neuronas en 6; su activación ya es ReLU.</translation>
        </message>
        <message>
            <source>Have 54 parameters: 8 × 6 weights and 6 biases.</source>
            <translation>Ten 54 parámetros: 8 × 6 pesos y 6 sesgos.</translation>
        </message>
        <message>
            <source>A second hidden layer</source>
            <translation>Una segunda capa oculta</translation>
        </message>
        <message>
            <source>Add a second **Dense** layer of **6** units with **ReLU** under the first one.

It takes the 6 numbers of the first layer and gives 6 new ones: $6 * 6 = 36$ weights plus 6 biases, **42** parameters. The network now has $54 + 42 = 96$.

These two layers are called **hidden**: their numbers are neither in the data nor in the answer, and the network decides by itself what they mean. The first layer finds simple patterns in the 8 inputs; the second combines those patterns into bigger ones.</source>
            <translation>Añade una segunda capa **Dense** de **6** neuronas con **ReLU** debajo de la primera.

Recibe los 6 números de la primera capa y entrega 6 nuevos: $6 * 6 = 36$ pesos más 6 sesgos, **42** parámetros. Ahora la red tiene $54 + 42 = 96$.

Estas dos capas se llaman **ocultas**: sus números no están ni en los datos ni en la respuesta, y la red decide por sí misma qué significan. La primera capa encuentra patrones sencillos en las 8 entradas; la segunda combina esos patrones en otros más grandes.</translation>
        </message>
        <message>
            <source>Drag another Dense layer to the bottom of the stack, under the first one.</source>
            <translation>Arrastra otra capa Dense al final de la pila, debajo de la primera.</translation>
        </message>
        <message>
            <source>Set its Units to 6; keep ReLU.</source>
            <translation>Pon Neuronas en 6; deja ReLU.</translation>
        </message>
        <message>
            <source>Have 96 parameters: 54 in the first hidden layer and 42 in the second.</source>
            <translation>Ten 96 parámetros: 54 en la primera capa oculta y 42 en la segunda.</translation>
        </message>
        <message>
            <source>Four answers</source>
            <translation>Cuatro respuestas</translation>
        </message>
        <message>
            <source>The last layer gives the answer: one probability per class. Add a **Dense** layer of **4** units with the activation **Softmax**, which makes the 4 numbers positive and adds them up to 1.

It has $6 * 4 = 24$ weights and 4 biases: **28** parameters. The whole network:

$(8 * 6 + 6) + (6 * 6 + 6) + (6 * 4 + 4) = 54 + 42 + 28 = 124$

Look at the Network tab: 8, 6, 6 and 4 circles, each joined to every circle of the layer above. Count the lines if you like: $48 + 36 + 24 = 108$, one per weight. The 16 biases are the rest of the 124.</source>
            <translation>La última capa da la respuesta: una probabilidad por clase. Añade una capa **Dense** de **4** neuronas con la activación **Softmax**, que hace que los 4 números sean positivos y sumen 1.

Tiene $6 * 4 = 24$ pesos y 4 sesgos: **28** parámetros. La red completa:

$(8 * 6 + 6) + (6 * 6 + 6) + (6 * 4 + 4) = 54 + 42 + 28 = 124$

Mira la pestaña Red: 8, 6, 6 y 4 círculos, cada uno unido a todos los círculos de la capa de arriba. Cuenta las líneas si quieres: $48 + 36 + 24 = 108$, una por peso. Los 16 sesgos son el resto hasta 124.</translation>
        </message>
        <message>
            <source>Drag a Dense layer to the very bottom of the stack.</source>
            <translation>Arrastra una capa Dense hasta el final de la pila.</translation>
        </message>
        <message>
            <source>Set its Units to 4 (one per class) and its Activation to Softmax.</source>
            <translation>Pon Neuronas en 4 (una por clase) y Activación en Softmax.</translation>
        </message>
        <message>
            <source>Have exactly 124 parameters in the whole network.</source>
            <translation>Ten exactamente 124 parámetros en toda la red.</translation>
        </message>
        <message>
            <source>Other kinds of layers</source>
            <translation>Otros tipos de capas</translation>
        </message>
        <message>
            <source>Dense is the workhorse, but the palette holds other kinds, each for a job:

- **Flatten** lays a grid out as one row: a 28 by 28 picture becomes 784 numbers. It learns nothing.
- **Reshape** arranges the numbers in another shape with the same count, for example 784 back into 28 by 28 by 1 so that a Conv2D layer can read it. It learns nothing either.
- **Dropout** switches off a random share of its inputs at every training step, so the network cannot lean on any single neuron. It helps against memorising the training data, and does nothing when the network answers.
- **Batch normalization** rescales its inputs to a steady mean and spread during training, which often lets a network learn faster.
- **Conv2D** slides small filters, say 3 by 3 pixels, over a picture, and records where each filter finds its pattern: an edge, a curve, a corner. The same 9 weights are used all over the picture, so it needs few parameters.
- **Max pooling 2D** shrinks a picture by keeping only the largest value in each small window, for example 2 by 2 into 1.
- **Simple RNN** and **LSTM** read a sequence one step at a time, such as the words of a sentence or the temperatures of a week, carrying a memory from one step to the next. An LSTM has gates that decide what to remember and what to forget.

Point at a layer in the palette to read what it does. Press **Next** to try one.</source>
            <translation>Dense es la que más trabaja, pero la paleta tiene otros tipos, cada uno para una tarea:

- **Flatten** extiende una cuadrícula en una sola fila: una imagen de 28 por 28 se convierte en 784 números. No aprende nada.
- **Reshape** coloca los números en otra forma con la misma cantidad, por ejemplo vuelve a pasar 784 a 28 por 28 por 1 para que una capa Conv2D pueda leerlos. Tampoco aprende nada.
- **Dropout** apaga en cada paso de entrenamiento una parte aleatoria de sus entradas, para que la red no pueda apoyarse en una sola neurona. Ayuda a no memorizar los datos de entrenamiento y no hace nada cuando la red responde.
- **Normalización por lotes** reescala sus entradas a una media y una dispersión estables durante el entrenamiento, lo que a menudo permite que la red aprenda más rápido.
- **Conv2D** desliza pequeños filtros, por ejemplo de 3 por 3 píxeles, sobre una imagen y anota dónde encuentra cada filtro su patrón: un borde, una curva, una esquina. Los mismos 9 pesos se usan en toda la imagen, así que necesita pocos parámetros.
- **Max pooling 2D** reduce una imagen quedándose solo con el valor más grande de cada ventana pequeña, por ejemplo de 2 por 2 a 1.
- **RNN simple** y **LSTM** leen una secuencia paso a paso, como las palabras de una frase o las temperaturas de una semana, y llevan una memoria de un paso al siguiente. Una LSTM tiene puertas que deciden qué recordar y qué olvidar.

Pasa el ratón por encima de una capa de la paleta para leer lo que hace. Pulsa **Siguiente** para probar una.</translation>
        </message>
        <message>
            <source>Try one: Dropout</source>
            <translation>Prueba una: Dropout</translation>
        </message>
        <message>
            <source>Drag a **Dropout** layer between the two hidden layers, so that it becomes layer 3. Keep its rate of 0.2: during training, at every step, a random 20% of the first hidden layer's outputs are set to 0.

Now look at the count beside the Train button: still **124**. Dropout has nothing to learn, so it adds no parameters. Its output has the same shape as its input: 6 numbers in, 6 out.</source>
            <translation>Arrastra una capa **Dropout** entre las dos capas ocultas, de modo que sea la capa 3. Deja su tasa en 0.2: durante el entrenamiento, en cada paso, un 20% de las salidas de la primera capa oculta, elegido al azar, se pone a 0.

Ahora mira el recuento junto al botón Entrenar: sigue en **124**. Dropout no tiene nada que aprender, así que no añade parámetros. Su salida tiene la misma forma que su entrada: entran 6 números y salen 6.</translation>
        </message>
        <message>
            <source>Dropout is in the Regularisation group of the palette.</source>
            <translation>Dropout está en el grupo Regularización de la paleta.</translation>
        </message>
        <message>
            <source>Drop it between the first and the second Dense layer.</source>
            <translation>Suéltala entre la primera y la segunda capa Dense.</translation>
        </message>
        <message>
            <source>Keep 124 parameters: Dropout adds none.</source>
            <translation>Mantén 124 parámetros: Dropout no añade ninguno.</translation>
        </message>
        <message>
            <source>Back to 8-6-6-4, and train</source>
            <translation>Vuelta a 8-6-6-4, y a entrenar</translation>
        </message>
        <message>
            <source>A network this small has little to memorise, so take the Dropout layer out again: select it and press **Delete**. You are back to 8-6-6-4.

The rest is set as in the tutorial. The Data settings **standardise** each of the 8 features (each gets a mean of 0 and a spread of 1, so that no measurement counts more just because its numbers are bigger), keep 20% of the 1,000 examples for the test, and hold back 10% of the rest for validation. The Training settings ask for 50 epochs of batches of 32.

Guess the test accuracy, then press **Train**. With 4 classes, guessing at random would be right 25% of the time.</source>
            <translation>Una red tan pequeña tiene poco que memorizar, así que vuelve a quitar la capa Dropout: selecciónala y pulsa **Supr**. Ya vuelves a tener 8-6-6-4.

El resto está configurado como en el tutorial. Los ajustes de Datos **estandarizan** cada una de las 8 características (cada una tiene media 0 y dispersión 1, para que ninguna medida cuente más solo porque sus números son más grandes), reservan el 20% de los 1.000 ejemplos para la prueba y apartan el 10% del resto para la validación. Los ajustes de Entrenamiento piden 50 épocas con lotes de 32.

Adivina la precisión de prueba y luego pulsa **Entrenar**. Con 4 clases, responder al azar acertaría el 25% de las veces.</translation>
        </message>
        <message>
            <source>Click the Dropout layer in the stack and press the Delete key.</source>
            <translation>Haz clic en la capa Dropout de la pila y pulsa la tecla Supr.</translation>
        </message>
        <message>
            <source>Then press Train and watch the Training tab.</source>
            <translation>Luego pulsa Entrenar y observa la pestaña Entrenamiento.</translation>
        </message>
        <message>
            <source>What share of the test examples will the 8-6-6-4 network put in the right class?</source>
            <translation>¿Qué proporción de los ejemplos de prueba pondrá la red 8-6-6-4 en la clase correcta?</translation>
        </message>
        <message>
            <source>The data prepared as in the tutorial.</source>
            <translation>Los datos preparados como en el tutorial.</translation>
        </message>
        <message>
            <source>50 epochs of batches of 32, as in the tutorial.</source>
            <translation>50 épocas con lotes de 32, como en el tutorial.</translation>
        </message>
        <message>
            <source>Have the 8-6-6-4 network again, with its 124 parameters.</source>
            <translation>Vuelve a tener la red 8-6-6-4, con sus 124 parámetros.</translation>
        </message>
        <message>
            <source>Inside the network</source>
            <translation>Dentro de la red</translation>
        </message>
        <message>
            <source>Your network probably put around three test examples in four into the right class. The four classes of this data overlap, so some examples sit right where another class is just as likely: no network can get all of those.

Now open the **Inside** tab. Pick one example: you see its 8 input numbers, the 6 and 6 numbers of the hidden layers (coloured by how strongly each neuron fired), and the 4 probabilities at the end.

Click a neuron of the first hidden layer to see its arithmetic with the real numbers: its 8 weights times the 8 inputs, plus its bias, gives $z$; then ReLU. That is all a Dense layer does, 6 times over, and the whole network is just three such layers in a row.</source>
            <translation>Seguramente tu red ha puesto en la clase correcta unos tres de cada cuatro ejemplos de prueba. Las cuatro clases de estos datos se solapan, así que algunos ejemplos están justo donde otra clase es igual de probable: ninguna red puede acertarlos todos.

Ahora abre la pestaña **Por dentro**. Elige un ejemplo: verás sus 8 números de entrada, los 6 y 6 números de las capas ocultas (coloreados según la fuerza con la que se activó cada neurona) y las 4 probabilidades del final.

Haz clic en una neurona de la primera capa oculta para ver sus cuentas con los números reales: sus 8 pesos por las 8 entradas, más su sesgo, dan $z$; después, ReLU. Eso es todo lo que hace una capa Dense, 6 veces, y la red entera no es más que tres capas así, una tras otra.</translation>
        </message>
        <message>
            <source>The Inside tab is at the top of the window, after Draw a digit.</source>
            <translation>La pestaña Por dentro está en la parte de arriba de la ventana, después de Dibujar un dígito.</translation>
        </message>
        <message>
            <source>The network is 8-6-6-4, with 124 parameters.</source>
            <translation>La red es 8-6-6-4, con 124 parámetros.</translation>
        </message>
    </context>
    <context>
        <name>Lesson mnist-128</name>
        <message>
            <source>Reading handwritten digits</source>
            <translation>Leer dígitos escritos a mano</translation>
        </message>
        <message>
            <source>Build the classic digit reader yourself: lay a 28×28 picture out as 784 numbers, add 128 ReLU neurons and ten softmax outputs, guess how well it will do, train it, and test it on your own handwriting.</source>
            <translation>Construye por tu cuenta el clásico lector de dígitos: coloca una imagen de 28×28 como 784 números, añade 128 neuronas ReLU y diez salidas softmax, adivina lo bien que lo hará, entrénalo y pruébalo con tu propia letra.</translation>
        </message>
        <message>
            <source>MNIST lesson</source>
            <translation>Lección de MNIST</translation>
        </message>
        <message>
            <source>Seventy thousand digits</source>
            <translation>Setenta mil dígitos</translation>
        </message>
        <message>
            <source>**MNIST** is a collection of **70,000** handwritten digits, 0 to 9, written by real people. Each one is a small grey picture of 28 by 28 pixels, and each pixel is a number from 0 (black background) to 255 (full ink). 60,000 pictures are for learning; the other 10,000 are kept apart for the final test, so the network is marked on digits it has never seen.

Your job: build a network that looks at the pixels of a picture and says which digit it is.

The Data settings already hold MNIST, with the preprocessing *Scale to 0..1*: every pixel is divided by 255, so the network gets numbers between 0 and 1. The layer stack holds one layer so far, **Input**, with the shape `28, 28`: one example is a grid of 28 rows of 28 pixels. Press **Next** when you are ready.</source>
            <translation>**MNIST** es una colección de **70.000** dígitos escritos a mano, del 0 al 9, por personas reales. Cada uno es una pequeña imagen gris de 28 por 28 píxeles, y cada píxel es un número de 0 (fondo negro) a 255 (tinta completa). 60.000 imágenes son para aprender; las otras 10.000 se guardan aparte para la prueba final, así la red se evalúa con dígitos que nunca ha visto.

Tu tarea: construir una red que mire los píxeles de una imagen y diga qué dígito es.

Los ajustes de Datos ya contienen MNIST, con el preprocesamiento *Escalar a 0..1*: cada píxel se divide entre 255, así que la red recibe números entre 0 y 1. Por ahora la pila de capas tiene una sola capa, **Input**, con la forma `28, 28`: un ejemplo es una cuadrícula de 28 filas de 28 píxeles. Pulsa **Siguiente** cuando quieras empezar.</translation>
        </message>
        <message>
            <source>From a grid to a row</source>
            <translation>De una cuadrícula a una fila</translation>
        </message>
        <message>
            <source>The layer that will do the thinking, **Dense**, reads a *row* of numbers, not a grid. So first the picture is laid out in one long row: the 28 pixels of the top line, then the 28 of the next line right after them, and so on down the picture. 28 lines of 28 pixels make a row of

$28 * 28 = 784$ numbers.

That is what a **Flatten** layer does. Drag **Flatten** from the palette and drop it under Input. The layer stack shows its output: 784 numbers per picture. Flatten learns nothing, it only lays the numbers out anew, so it has 0 parameters.</source>
            <translation>La capa que va a pensar, **Dense**, lee una *fila* de números, no una cuadrícula. Así que primero la imagen se coloca en una sola fila larga: los 28 píxeles de la línea de arriba, luego los 28 de la línea siguiente justo detrás, y así hasta abajo de la imagen. 28 líneas de 28 píxeles forman una fila de

$28 * 28 = 784$ números.

Eso es lo que hace una capa **Flatten**. Arrastra **Flatten** desde la paleta y suéltala debajo de Input. La pila de capas muestra su salida: 784 números por imagen. Flatten no aprende nada, solo vuelve a colocar los números, así que tiene 0 parámetros.</translation>
        </message>
        <message>
            <source>The palette is the list of layer kinds. Drag Flatten onto the layer stack, just below Input (or select Input and double-click Flatten).</source>
            <translation>La paleta es la lista de tipos de capa. Arrastra Flatten a la pila de capas, justo debajo de Input (o selecciona Input y haz doble clic en Flatten).</translation>
        </message>
        <message>
            <source>Flatten is in the Core group of the palette, near the top.</source>
            <translation>Flatten está en el grupo Básicas de la paleta, cerca de arriba.</translation>
        </message>
        <message>
            <source>128 neurons, 100,480 numbers to learn</source>
            <translation>128 neuronas, 100.480 números que aprender</translation>
        </message>
        <message>
            <source>Now the hidden layer. Drag a **Dense** layer under Flatten, select it, and in its settings give it **128** units (neurons). Keep the activation **ReLU**.

Each of the 128 neurons looks at all 784 numbers. It multiplies every number by a weight of its own, adds the 784 results up, adds one more number of its own, the **bias**, and passes the sum $z$ through ReLU, which keeps positive numbers and turns negative ones into 0:

$relu(z) = max(0, z)$

So one neuron has 784 weights and 1 bias. The whole layer has

$784 * 128 = 100,352$ weights, plus 128 biases: **100,480** parameters.

All of them start as small random numbers. Training will tune every one of those 100,480 numbers.</source>
            <translation>Ahora la capa oculta. Arrastra una capa **Dense** debajo de Flatten, selecciónala y, en sus ajustes, dale **128** neuronas. Deja la activación **ReLU**.

Cada una de las 128 neuronas mira los 784 números. Multiplica cada número por un peso propio, suma los 784 resultados, añade un número más, también propio, el **sesgo**, y pasa la suma $z$ por ReLU, que deja los números positivos como están y convierte los negativos en 0:

$relu(z) = max(0, z)$

Así que una neurona tiene 784 pesos y 1 sesgo. La capa entera tiene

$784 * 128 = 100,352$ pesos, más 128 sesgos: **100.480** parámetros.

Todos empiezan siendo pequeños números aleatorios. El entrenamiento irá ajustando cada uno de esos 100.480 números.</translation>
        </message>
        <message>
            <source>Drag Dense from the palette onto the layer stack, just below Flatten.</source>
            <translation>Arrastra Dense desde la paleta a la pila de capas, justo debajo de Flatten.</translation>
        </message>
        <message>
            <source>Click the new Dense layer in the stack: its settings appear. Set Units to 128; its activation is already ReLU.</source>
            <translation>Haz clic en la nueva capa Dense de la pila: aparecen sus ajustes. Pon Neuronas en 128; su activación ya es ReLU.</translation>
        </message>
        <message>
            <source>Ten answers that add up to 1</source>
            <translation>Diez respuestas que suman 1</translation>
        </message>
        <message>
            <source>The network must give one answer per digit: ten numbers. Add one more **Dense** layer at the bottom with **10** units and the activation **Softmax**.

Softmax turns the ten sums into ten **probabilities**: each becomes $e^z$, which is always positive, and then each is divided by the total of all ten. So the ten answers are between 0 and 1 and **always add up to 1**, like 100% shared among the ten digits. The biggest one is the network's answer: 0.91 for the digit 7 means "I am 91% sure it is a 7".

This layer has $128 * 10 = 1,280$ weights and 10 biases: 1,290 parameters. The line beside the Train button now counts the whole network: $100,480 + 1,290 = 101,770$ weights and biases to learn.</source>
            <translation>La red tiene que dar una respuesta por dígito: diez números. Añade al final una capa **Dense** más, con **10** neuronas y la activación **Softmax**.

Softmax convierte las diez sumas en diez **probabilidades**: cada una se convierte en $e^z$, que siempre es positivo, y luego cada una se divide entre el total de las diez. Así las diez respuestas quedan entre 0 y 1 y **siempre suman 1**, como un 100% repartido entre los diez dígitos. La más grande es la respuesta de la red: 0.91 para el dígito 7 significa «estoy segura al 91% de que es un 7».

Esta capa tiene $128 * 10 = 1,280$ pesos y 10 sesgos: 1.290 parámetros. La línea que hay junto al botón Entrenar ahora cuenta la red entera: $100,480 + 1,290 = 101,770$ pesos y sesgos que aprender.</translation>
        </message>
        <message>
            <source>Drag another Dense layer to the very bottom of the stack, under the Dense layer of 128.</source>
            <translation>Arrastra otra capa Dense hasta el final de la pila, debajo de la capa Dense de 128.</translation>
        </message>
        <message>
            <source>Its Units must be 10 (one per digit) and its Activation Softmax.</source>
            <translation>Neuronas tiene que ser 10 (una por dígito) y Activación, Softmax.</translation>
        </message>
        <message>
            <source>If the count is not 101,770, check that the hidden layer still has 128 units.</source>
            <translation>Si la cuenta no da 101.770, comprueba que la capa oculta sigue teniendo 128 neuronas.</translation>
        </message>
        <message>
            <source>Have exactly 101,770 parameters (weights and biases) in the whole network.</source>
            <translation>Ten exactamente 101.770 parámetros (pesos y sesgos) en toda la red.</translation>
        </message>
        <message>
            <source>How it will learn</source>
            <translation>Cómo aprenderá</translation>
        </message>
        <message>
            <source>Open the **Loss and optimizer** settings. Two things are already chosen for you.

The **loss** measures how wrong the network is. Here it is *sparse categorical cross-entropy*: it looks at the probability $p$ the network gave to the right digit, and the loss is $-log(p)$. Sure and right ($p = 0.9$) costs only 0.1; giving the right digit only $p = 0.1$ costs 2.3. "Sparse" means the labels are plain digits, 0 to 9.

The **optimizer**, Adam, changes the weights to make the loss smaller. It does not wait for all 60,000 pictures: it looks at a **batch** of 32, works out which way each of the 101,770 numbers should move, and nudges them all a little. That is $60,000 / 32 = 1,875$ nudges per **epoch** (one pass over all the pictures), and the Training settings ask for 10 epochs: 18,750 nudges in all.</source>
            <translation>Abre los ajustes de **Pérdida y optimizador**. Ya hay dos cosas elegidas por ti.

La **pérdida** mide cuánto se equivoca la red. Aquí es la *entropía cruzada categórica dispersa*: mira la probabilidad $p$ que la red dio al dígito correcto, y la pérdida es $-log(p)$. Acertar con seguridad ($p = 0.9$) cuesta solo 0.1; dar al dígito correcto solo $p = 0.1$ cuesta 2.3. «Dispersa» significa que las etiquetas son dígitos simples, del 0 al 9.

El **optimizador**, Adam, cambia los pesos para hacer más pequeña la pérdida. No espera a ver las 60.000 imágenes: mira un **lote** de 32, calcula hacia dónde debería moverse cada uno de los 101.770 números y les da a todos un pequeño empujón. Eso son $60,000 / 32 = 1,875$ empujoncitos por **época** (una pasada por todas las imágenes), y los ajustes de Entrenamiento piden 10 épocas: 18.750 empujoncitos en total.</translation>
        </message>
        <message>
            <source>Guess, then train</source>
            <translation>Adivina y luego entrena</translation>
        </message>
        <message>
            <source>Before you press **Train**, make a guess: out of the 10,000 test digits the network has never seen, what share will it get right?

Then press **Train** and watch the Training tab: the loss falls and the accuracy climbs, epoch after epoch. It takes a minute or two. The test comes at the end, on the 10,000 test digits.</source>
            <translation>Antes de pulsar **Entrenar**, haz una apuesta: de los 10.000 dígitos de prueba que la red nunca ha visto, ¿qué parte acertará?

Luego pulsa **Entrenar** y mira la pestaña Entrenamiento: la pérdida baja y la precisión sube, época tras época. Tarda un minuto o dos. La prueba llega al final, con los 10.000 dígitos de prueba.</translation>
        </message>
        <message>
            <source>Press Train, below the picture of the network, and wait for the 10 epochs to finish.</source>
            <translation>Pulsa Entrenar, debajo del dibujo de la red, y espera a que terminen las 10 épocas.</translation>
        </message>
        <message>
            <source>The tutorial reached about 97.5%. If you are far below, compare your layers with the steps before: Flatten, Dense 128 ReLU, Dense 10 Softmax.</source>
            <translation>El tutorial llegó a cerca del 97,5 %. Si te quedas muy por debajo, compara tus capas con los pasos anteriores: Flatten, Dense 128 ReLU, Dense 10 Softmax.</translation>
        </message>
        <message>
            <source>What share of the 10,000 test digits will the trained network get right?</source>
            <translation>¿Qué parte de los 10.000 dígitos de prueba acertará la red entrenada?</translation>
        </message>
        <message>
            <source>10 epochs of batches of 32, as in the tutorial, so your result can be compared with the tutorial's.</source>
            <translation>10 épocas de lotes de 32, como en el tutorial, para que puedas comparar tu resultado con el del tutorial.</translation>
        </message>
        <message>
            <source>The same digits, scaled the same way, as in the tutorial.</source>
            <translation>Los mismos dígitos, escalados de la misma manera, como en el tutorial.</translation>
        </message>
        <message>
            <source>Where it goes wrong</source>
            <translation>Dónde se equivoca</translation>
        </message>
        <message>
            <source>About 97.5% right means about 250 of the 10,000 test digits wrong. Which ones? Open the **Results** tab.

The table is a **confusion matrix**: each row is the true digit, each column is what the network answered, and the diagonal is right. Click a cell off the diagonal, for example row 4, column 9, to see those digits. Many of them are digits a person would hesitate over too.</source>
            <translation>Un 97,5 % de aciertos significa que falla unos 250 de los 10.000 dígitos de prueba. ¿Cuáles? Abre la pestaña **Resultados**.

La tabla es una **matriz de confusión**: cada fila es el dígito verdadero, cada columna es lo que respondió la red, y la diagonal son los aciertos. Haz clic en una celda fuera de la diagonal, por ejemplo fila 4, columna 9, para ver esos dígitos. Con muchos de ellos también dudaría una persona.</translation>
        </message>
        <message>
            <source>The Results tab is at the top of the window, beside Training and Runs.</source>
            <translation>La pestaña Resultados está en la parte de arriba de la ventana, junto a Entrenamiento y Ejecuciones.</translation>
        </message>
        <message>
            <source>Your own handwriting</source>
            <translation>Tu propia letra</translation>
        </message>
        <message>
            <source>Now the real test: your handwriting. Open the **Draw a digit** tab and draw a digit in the black square with the mouse. The ten bars are the ten softmax probabilities: watch them change as you draw, and check that they always add up to 1.

Your digits are not quite like MNIST's (a different pen, a different size), so the network may fail on some. Try a 1 with a foot, a 7 with a bar, a 4 with a closed top. If you are curious, the **Inside** tab follows one digit through every layer, down to a single neuron's sum.</source>
            <translation>Ahora la prueba de verdad: tu letra. Abre la pestaña **Dibujar un dígito** y dibuja un dígito con el ratón en el cuadrado negro. Las diez barras son las diez probabilidades de softmax: fíjate en cómo cambian mientras dibujas y comprueba que siempre suman 1.

Tus dígitos no son exactamente como los de MNIST (otro bolígrafo, otro tamaño), así que la red puede fallar con algunos. Prueba un 1 con pie, un 7 con raya en medio, un 4 cerrado por arriba. Si te pica la curiosidad, la pestaña **Por dentro** sigue un dígito a través de todas las capas, hasta la suma de una sola neurona.</translation>
        </message>
        <message>
            <source>The Draw a digit tab is at the top of the window. Draw with the left mouse button held down.</source>
            <translation>La pestaña Dibujar un dígito está en la parte de arriba de la ventana. Dibuja manteniendo pulsado el botón izquierdo del ratón.</translation>
        </message>
        <message>
            <source>The network has 101,770 parameters (784, 128, 10).</source>
            <translation>La red tiene 101.770 parámetros (784, 128, 10).</translation>
        </message>
    </context>
    <context>
        <name>Lesson mnist-512</name>
        <message>
            <source>Preparing the data: scaled pixels and one-hot labels</source>
            <translation>Preparar los datos: píxeles escalados y etiquetas one-hot</translation>
        </message>
        <message>
            <source>Prepare MNIST the way the tutorial did before the network sees it: pixels scaled to 0..1, pictures laid out as 784 numbers, labels written one-hot. Then train 512 ReLU neurons with Adam for 5 epochs, and find out whether two ways of writing a label make any difference.</source>
            <translation>Prepara MNIST como hizo el tutorial antes de que la red lo vea: píxeles escalados a 0..1, imágenes colocadas como 784 números y etiquetas escritas en one-hot. Luego entrena 512 neuronas ReLU con Adam durante 5 épocas y descubre si dos formas de escribir una etiqueta cambian algo.</translation>
        </message>
        <message>
            <source>MNIST 512 lesson</source>
            <translation>Lección de MNIST con 512 neuronas</translation>
        </message>
        <message>
            <source>Same digits, your own preparation</source>
            <translation>Los mismos dígitos, preparados por ti</translation>
        </message>
        <message>
            <source>Here are the MNIST digits again: 60,000 pictures to learn from, 10,000 to test on, 28 by 28 pixels each.

This time the data comes raw, and you prepare it yourself, as the tutorial did in three moves:

- scale every pixel from 0..255 down to 0..1;
- lay every picture out as one row of 784 numbers;
- write every label as a row of ten numbers ("one-hot").

Then you build a bigger network than in the first lesson, with **512** hidden neurons, and train it for only 5 epochs. Press **Next** to start.</source>
            <translation>Aquí tienes otra vez los dígitos de MNIST: 60.000 imágenes para aprender y 10.000 para la prueba, de 28 por 28 píxeles cada una.

Esta vez los datos llegan en bruto y los preparas tú, como hizo el tutorial, en tres pasos:

- escalar cada píxel de 0..255 a 0..1;
- colocar cada imagen como una fila de 784 números;
- escribir cada etiqueta como una fila de diez números («one-hot»).

Después construyes una red más grande que en la primera lección, con **512** neuronas ocultas, y la entrenas solo 5 épocas. Pulsa **Siguiente** para empezar.</translation>
        </message>
        <message>
            <source>Pixels from 0 to 255</source>
            <translation>Píxeles de 0 a 255</translation>
        </message>
        <message>
            <source>Open the **Data** settings. The preprocessing is *None*: the network would get every pixel as it is, a number from 0 to 255.

Why does it matter? A neuron adds up 784 pixels, each times a weight. With pixels in the hundreds, the sums run into the thousands, the first training steps overshoot wildly, and learning starts badly.

Set the preprocessing to **Scale to 0..1**. Every pixel is divided by 255: 0 stays 0, full ink (255) becomes 1, a mid grey (128) becomes about 0.5. The pictures look exactly the same; only the numbers are small.</source>
            <translation>Abre los ajustes de **Datos**. El preprocesamiento es *Ninguno*: la red recibiría cada píxel tal cual, un número de 0 a 255.

¿Por qué importa? Una neurona suma 784 píxeles, cada uno multiplicado por un peso. Con píxeles de cientos, las sumas llegan a miles, los primeros pasos del entrenamiento se pasan muchísimo de largo y el aprendizaje empieza mal.

Pon el preprocesamiento en **Escalar a 0..1**. Cada píxel se divide entre 255: 0 sigue siendo 0, la tinta completa (255) pasa a ser 1 y un gris medio (128) pasa a ser más o menos 0.5. Las imágenes se ven exactamente igual; solo que los números son pequeños.</translation>
        </message>
        <message>
            <source>The Data settings are on the right, in a tab beside Layer settings and Loss and optimizer.</source>
            <translation>Los ajustes de Datos están a la derecha, en una pestaña junto a Ajustes de capa y Pérdida y optimizador.</translation>
        </message>
        <message>
            <source>Choose Scale to 0..1 in the Preprocessing list.</source>
            <translation>Elige Escalar a 0..1 en la lista Preprocesamiento.</translation>
        </message>
        <message>
            <source>784 numbers, straight from the data</source>
            <translation>784 números, directamente desde los datos</translation>
        </message>
        <message>
            <source>In the first lesson a Flatten layer laid each 28 by 28 picture out as a row of 784 numbers, inside the network. The tutorial did it *before* the network: it turned the 60,000 pictures into 60,000 rows of 784 numbers, once, while loading them.

In the Data settings, tick **Flatten inputs**.

Now look at the Problems list: the data gives rows of 784 numbers, but the Input layer still expects 28, 28. You fix that in the next step.</source>
            <translation>En la primera lección, una capa Flatten colocaba cada imagen de 28 por 28 como una fila de 784 números, dentro de la red. El tutorial lo hacía *antes* de la red: convertía las 60.000 imágenes en 60.000 filas de 784 números, una sola vez, al cargarlas.

En los ajustes de Datos, marca **Aplanar entradas**.

Ahora mira la lista de Problemas: los datos dan filas de 784 números, pero la capa Input todavía espera 28, 28. Eso lo arreglas en el siguiente paso.</translation>
        </message>
        <message>
            <source>Flatten inputs is a tick box in the Data settings, under Preprocessing.</source>
            <translation>Aplanar entradas es una casilla de los ajustes de Datos, debajo de Preprocesamiento.</translation>
        </message>
        <message>
            <source>512 neurons</source>
            <translation>512 neuronas</translation>
        </message>
        <message>
            <source>Select the **Input** layer and set its shape to `784`: one example is now one row of 784 numbers, and the complaint in the Problems list goes away.

Then drag a **Dense** layer under Input and give it **512** units, with the activation **ReLU**. No Flatten layer is needed this time: the rows come flat already.

Each of the 512 neurons has a weight for each of the 784 inputs, and a bias:

$784 * 512 = 401,408$ weights, plus 512 biases: **401,920** parameters.

That is four times the hidden layer of the first lesson (100,480), because there are four times as many neurons.</source>
            <translation>Selecciona la capa **Input** y pon su forma en `784`: ahora un ejemplo es una fila de 784 números, y la queja de la lista de Problemas desaparece.

Luego arrastra una capa **Dense** debajo de Input y dale **512** neuronas, con la activación **ReLU**. Esta vez no hace falta ninguna capa Flatten: las filas ya llegan planas.

Cada una de las 512 neuronas tiene un peso para cada una de las 784 entradas, y un sesgo:

$784 * 512 = 401,408$ pesos, más 512 sesgos: **401.920** parámetros.

Eso es cuatro veces la capa oculta de la primera lección (100.480), porque hay cuatro veces más neuronas.</translation>
        </message>
        <message>
            <source>Click Input in the layer stack. In its settings, type 784 as the Shape.</source>
            <translation>Haz clic en Input en la pila de capas. En sus ajustes, escribe 784 como Forma.</translation>
        </message>
        <message>
            <source>Drag Dense from the palette under Input, then set its Units to 512; its activation is already ReLU.</source>
            <translation>Arrastra Dense desde la paleta hasta debajo de Input y pon Neuronas en 512; su activación ya es ReLU.</translation>
        </message>
        <message>
            <source>If the count is 14,848, the Input layer still says 28, 28: the Dense layer then reads each line of 28 pixels on its own.</source>
            <translation>Si la cuenta da 14.848, la capa Input todavía dice 28, 28: entonces la capa Dense lee cada línea de 28 píxeles por separado.</translation>
        </message>
        <message>
            <source>Have 401,920 parameters: 784 inputs times 512 neurons, plus 512 biases (the Input layer must take 784 numbers).</source>
            <translation>Ten 401.920 parámetros: 784 entradas por 512 neuronas, más 512 sesgos (la capa Input debe recibir 784 números).</translation>
        </message>
        <message>
            <source>Ten outputs</source>
            <translation>Diez salidas</translation>
        </message>
        <message>
            <source>As before, the network ends with one probability per digit. Add a **Dense** layer at the bottom with **10** units and the activation **Softmax**: ten answers between 0 and 1 that add up to 1.

It has $512 * 10 = 5,120$ weights and 10 biases: 5,130 parameters. The whole network has $401,920 + 5,130 = 407,050$, four times the network of the first lesson.</source>
            <translation>Como antes, la red termina con una probabilidad por dígito. Añade al final una capa **Dense** con **10** neuronas y la activación **Softmax**: diez respuestas entre 0 y 1 que suman 1.

Tiene $512 * 10 = 5,120$ pesos y 10 sesgos: 5.130 parámetros. La red entera tiene $401,920 + 5,130 = 407,050$, cuatro veces la red de la primera lección.</translation>
        </message>
        <message>
            <source>Drag another Dense layer to the very bottom of the stack.</source>
            <translation>Arrastra otra capa Dense hasta el final de la pila.</translation>
        </message>
        <message>
            <source>Set its Units to 10 and its Activation to Softmax.</source>
            <translation>Pon Neuronas en 10 y Activación en Softmax.</translation>
        </message>
        <message>
            <source>Have exactly 407,050 parameters in the whole network.</source>
            <translation>Ten exactamente 407.050 parámetros en toda la red.</translation>
        </message>
        <message>
            <source>One-hot labels</source>
            <translation>Etiquetas one-hot</translation>
        </message>
        <message>
            <source>The label of a picture of a three is the number 3. The tutorial wrote each label as a row of ten numbers instead: all 0, except a 1 in the place of the right digit. Counting places from 0, the label 3 becomes

`0, 0, 0, 1, 0, 0, 0, 0, 0, 0`

One place is "hot", so this is called **one-hot**. The row has the same shape as the network's ten outputs, so the two can be compared place by place.

The loss must match how the labels are written. *Sparse categorical cross-entropy* takes plain digits; **categorical cross-entropy** takes one-hot rows. Open **Loss and optimizer** and choose **Categorical cross-entropy**: nnstudio then writes the labels one-hot for you.

The loss is $-(y_0 log(p_0) + y_1 log(p_1) + ... + y_9 log(p_9))$, where the $y$ are the one-hot label and the $p$ the network's probabilities. Nine of the $y$ are 0, so only the right digit's $-log(p)$ is left.</source>
            <translation>La etiqueta de una imagen de un tres es el número 3. El tutorial escribió cada etiqueta como una fila de diez números: todos 0, salvo un 1 en la posición del dígito correcto. Contando las posiciones desde 0, la etiqueta 3 se convierte en

`0, 0, 0, 1, 0, 0, 0, 0, 0, 0`

Una posición está «caliente» (*hot*), por eso se llama **one-hot**. La fila tiene la misma forma que las diez salidas de la red, así que las dos se pueden comparar posición por posición.

La pérdida debe encajar con cómo están escritas las etiquetas. La *entropía cruzada categórica dispersa* recibe dígitos simples; la **entropía cruzada categórica** recibe filas one-hot. Abre **Pérdida y optimizador** y elige **Entropía cruzada categórica**: entonces nnstudio escribe las etiquetas en one-hot por ti.

La pérdida es $-(y_0 log(p_0) + y_1 log(p_1) + ... + y_9 log(p_9))$, donde las $y$ son la etiqueta one-hot y las $p$, las probabilidades de la red. Nueve de las $y$ son 0, así que solo queda el $-log(p)$ del dígito correcto.</translation>
        </message>
        <message>
            <source>Loss and optimizer is a tab on the right, beside Layer settings and Data.</source>
            <translation>Pérdida y optimizador es una pestaña a la derecha, junto a Ajustes de capa y Datos.</translation>
        </message>
        <message>
            <source>Choose Categorical cross-entropy (without "sparse") in the Loss list.</source>
            <translation>Elige Entropía cruzada categórica (sin «dispersa») en la lista Pérdida.</translation>
        </message>
        <message>
            <source>Adam, 5 epochs, batches of 128</source>
            <translation>Adam, 5 épocas, lotes de 128</translation>
        </message>
        <message>
            <source>The optimizer is already **Adam**. Adam gives every weight its own step size: a weight whose nudges keep pointing the same way takes bigger steps, a weight pushed back and forth takes smaller ones.

Open the **Training** settings and set **Epochs** to **5** and **Batch size** to **128**.

With 128 pictures per batch, one epoch is $60,000 / 128 \approx 469$ nudges (the last batch is a little smaller), and 5 epochs make about 2,345. That is far fewer than the 18,750 of the first lesson, but each nudge is steadier, because it is worked out from 128 pictures instead of 32.</source>
            <translation>El optimizador ya es **Adam**. Adam da a cada peso su propio tamaño de paso: un peso cuyos empujoncitos siguen apuntando hacia el mismo lado da pasos más grandes, y un peso empujado de un lado a otro da pasos más pequeños.

Abre los ajustes de **Entrenamiento** y pon **Épocas** en **5** y **Tamaño de lote** en **128**.

Con 128 imágenes por lote, una época son $60,000 / 128 \approx 469$ empujoncitos (el último lote es un poco más pequeño), y 5 épocas suman unos 2.345. Son muchos menos que los 18.750 de la primera lección, pero cada empujoncito es más estable, porque se calcula a partir de 128 imágenes en vez de 32.</translation>
        </message>
        <message>
            <source>The Training settings are a tab on the right, beside Data.</source>
            <translation>Los ajustes de Entrenamiento son una pestaña a la derecha, junto a Datos.</translation>
        </message>
        <message>
            <source>Type 5 in Epochs and 128 in Batch size.</source>
            <translation>Escribe 5 en Épocas y 128 en Tamaño de lote.</translation>
        </message>
        <message>
            <source>Guess, then train</source>
            <translation>Adivina y luego entrena</translation>
        </message>
        <message>
            <source>Your network is now the tutorial's, setting for setting. Before you press **Train**, guess: with four times the neurons of the first lesson but only 5 epochs, what share of the 10,000 test digits will it get right?

Then press **Train** and watch the Training tab.</source>
            <translation>Tu red ya es la del tutorial, ajuste por ajuste. Antes de pulsar **Entrenar**, adivina: con cuatro veces más neuronas que en la primera lección, pero solo 5 épocas, ¿qué parte de los 10.000 dígitos de prueba acertará?

Luego pulsa **Entrenar** y mira la pestaña Entrenamiento.</translation>
        </message>
        <message>
            <source>Press Train, below the picture of the network, and wait for the 5 epochs.</source>
            <translation>Pulsa Entrenar, debajo del dibujo de la red, y espera a que terminen las 5 épocas.</translation>
        </message>
        <message>
            <source>If the accuracy is far below 97%, check the preprocessing (Scale to 0..1) and the layers: Input 784, Dense 512 ReLU, Dense 10 Softmax.</source>
            <translation>Si la precisión queda muy por debajo del 97%, comprueba el preprocesamiento (Escalar a 0..1) y las capas: Input 784, Dense 512 ReLU, Dense 10 Softmax.</translation>
        </message>
        <message>
            <source>What share of the 10,000 test digits will the network with 512 neurons get right?</source>
            <translation>¿Qué parte de los 10.000 dígitos de prueba acertará la red de 512 neuronas?</translation>
        </message>
        <message>
            <source>The data prepared as in the tutorial: scaled, flattened, labels one-hot.</source>
            <translation>Los datos preparados como en el tutorial: escalados, aplanados y con etiquetas one-hot.</translation>
        </message>
        <message>
            <source>5 epochs of batches of 128, as in the tutorial, so your result can be compared with the tutorial's.</source>
            <translation>5 épocas de lotes de 128, como en el tutorial, para que puedas comparar tu resultado con el del tutorial.</translation>
        </message>
        <message>
            <source>Bigger, better?</source>
            <translation>¿Más grande, mejor?</translation>
        </message>
        <message>
            <source>The tutorial reached **97.88%**. The first lesson's network, with 101,770 parameters and 10 epochs, reached about 97.5%. Four times the weights, for about 0.4% more: past a point, more neurons help only a little.

Open the **Results** tab and look at the confusion matrix. Which digits does this network still mix up?</source>
            <translation>El tutorial llegó al **97,88 %**. La red de la primera lección, con 101.770 parámetros y 10 épocas, llegó a cerca del 97,5 %. Cuatro veces más pesos para un 0,4 % más: a partir de cierto punto, más neuronas ayudan muy poco.

Abre la pestaña **Resultados** y mira la matriz de confusión. ¿Qué dígitos sigue confundiendo esta red?</translation>
        </message>
        <message>
            <source>The Results tab is at the top of the window.</source>
            <translation>La pestaña Resultados está en la parte de arriba de la ventana.</translation>
        </message>
        <message>
            <source>Two ways to write a label</source>
            <translation>Dos formas de escribir una etiqueta</translation>
        </message>
        <message>
            <source>An experiment. Set the loss back to **Sparse categorical cross-entropy**: the labels are then plain digits again instead of one-hot rows. Tick **Same start as the last run** beside Train, so that the network starts from exactly the same random weights, and train again.</source>
            <translation>Un experimento. Vuelve a poner la pérdida en **Entropía cruzada categórica dispersa**: así las etiquetas vuelven a ser dígitos simples en vez de filas one-hot. Marca **Mismo inicio que la última ejecución**, junto a Entrenar, para que la red empiece exactamente con los mismos pesos aleatorios, y vuelve a entrenar.</translation>
        </message>
        <message>
            <source>Choose Sparse categorical cross-entropy in Loss and optimizer, then press Train.</source>
            <translation>Elige Entropía cruzada categórica dispersa en Pérdida y optimizador y luego pulsa Entrenar.</translation>
        </message>
        <message>
            <source>Think back to the formula: with a one-hot label, only the right digit's probability counts. Which probability does the sparse loss look at?</source>
            <translation>Recuerda la fórmula: con una etiqueta one-hot, solo cuenta la probabilidad del dígito correcto. ¿Qué probabilidad mira la pérdida dispersa?</translation>
        </message>
        <message>
            <source>With the labels as plain digits and the sparse loss, will the test accuracy be higher, lower or about the same?</source>
            <translation>Con las etiquetas como dígitos simples y la pérdida dispersa, ¿la precisión de prueba será más alta, más baja o más o menos igual?</translation>
        </message>
        <message>
            <source>Higher</source>
            <translation>Más alta</translation>
        </message>
        <message>
            <source>Lower</source>
            <translation>Más baja</translation>
        </message>
        <message>
            <source>About the same</source>
            <translation>Más o menos igual</translation>
        </message>
        <message>
            <source>Same information, same result</source>
            <translation>Misma información, mismo resultado</translation>
        </message>
        <message>
            <source>Open the **Runs** tab and compare your two runs. The accuracy is the same, or almost: one-hot labels and plain digits hold the same information, and the two losses compute the same number, $-log(p)$ of the right digit. Any tiny difference comes from the computer rounding its sums in a different order.

So choose whichever is handy: sparse for plain digits, categorical when your labels are already one-hot.</source>
            <translation>Abre la pestaña **Ejecuciones** y compara tus dos ejecuciones. La precisión es la misma, o casi: las etiquetas one-hot y los dígitos simples contienen la misma información, y las dos pérdidas calculan el mismo número, el $-log(p)$ del dígito correcto. Cualquier diferencia mínima se debe a que el ordenador redondea sus sumas en otro orden.

Así que elige la que te venga mejor: la dispersa para dígitos simples y la categórica cuando tus etiquetas ya están en one-hot.</translation>
        </message>
        <message>
            <source>The Runs tab is at the top of the window, beside Training.</source>
            <translation>La pestaña Ejecuciones está en la parte de arriba de la ventana, junto a Entrenamiento.</translation>
        </message>
        <message>
            <source>The network has 407,050 parameters (784, 512, 10).</source>
            <translation>La red tiene 407.050 parámetros (784, 512, 10).</translation>
        </message>
    </context>
    <context>
        <name>Lesson mnist-tanh-sgd</name>
        <message>
            <source>Tanh, momentum and a look at overfitting</source>
            <translation>Tanh, momento y un vistazo al sobreajuste</translation>
        </message>
        <message>
            <source>Rebuild a classic of the textbooks: centred pixels, two layers of 50 tanh neurons, plain gradient descent with momentum, 50 epochs, and 10% of the training digits held back to catch the network memorising.</source>
            <translation>Reconstruye un clásico de los libros de texto: píxeles centrados, dos capas de 50 neuronas tanh, descenso de gradiente simple con momento, 50 épocas y un 10% de los dígitos de entrenamiento reservado para descubrir si la red memoriza.</translation>
        </message>
        <message>
            <source>MNIST tanh and SGD lesson</source>
            <translation>Lección de MNIST con tanh y SGD</translation>
        </message>
        <message>
            <source>The original files</source>
            <translation>Los archivos originales</translation>
        </message>
        <message>
            <source>MNIST was first shared as **four files** in a simple format called IDX: the training pictures, the training labels, the test pictures and the test labels (`train-images-idx3-ubyte`, `train-labels-idx1-ubyte`, `t10k-images-idx3-ubyte` and `t10k-labels-idx1-ubyte`). An IDX file starts with a code number saying what it holds (2051 for pictures, 2049 for labels), then the sizes (60,000 pictures of 28 by 28), then the raw bytes, one per pixel.

The tutorial read those four files itself. You can too: in the **Data** settings, the **Folder…** button beside *File (optional)* points nnstudio at a folder holding the four files, compressed (`.gz`) or not. Leave the file empty to use the copy that comes with nnstudio: it is the same 70,000 digits.

The Data settings already lay each digit out as a row of 784 numbers, and the Input layer takes 784. Press **Next**.</source>
            <translation>MNIST se publicó por primera vez como **cuatro archivos** en un formato sencillo llamado IDX: las imágenes de entrenamiento, las etiquetas de entrenamiento, las imágenes de prueba y las etiquetas de prueba (`train-images-idx3-ubyte`, `train-labels-idx1-ubyte`, `t10k-images-idx3-ubyte` y `t10k-labels-idx1-ubyte`). Un archivo IDX empieza con un número de código que dice qué contiene (2051 para imágenes, 2049 para etiquetas), luego los tamaños (60.000 imágenes de 28 por 28) y después los bytes tal cual, uno por píxel.

El tutorial leía esos cuatro archivos por su cuenta. Tú también puedes: en los ajustes de **Datos**, el botón **Carpeta…** que está junto a *Archivo (opcional)* le indica a nnstudio una carpeta con los cuatro archivos, comprimidos (`.gz`) o no. Deja el archivo vacío para usar la copia que viene con nnstudio: son los mismos 70.000 dígitos.

Los ajustes de Datos ya colocan cada dígito como una fila de 784 números, y la capa Input recibe 784. Pulsa **Siguiente**.</translation>
        </message>
        <message>
            <source>Centring the pixels</source>
            <translation>Centrar los píxeles</translation>
        </message>
        <message>
            <source>So far you scaled pixels to 0..1. The tutorial did something else: it **centred** them.

For each of the 784 pixel places, it worked out the **mean** (the average) over the 60,000 training pictures, and subtracted it. Then it divided everything by the **spread** (the standard deviation) of all the training numbers together. After that, a pixel is a small number around 0: negative where this digit has less ink than usual at that place, positive where it has more.

Why? The neurons you add next use **tanh**, which is centred on 0 too. Inputs around 0 keep their sums in the range where tanh still bends, and where learning is fastest.

In the Data settings, set the preprocessing to **Centre, divide by overall spread**. The mean and spread come from the training pictures only: the test pictures must stay unseen until the test.</source>
            <translation>Hasta ahora escalabas los píxeles a 0..1. El tutorial hizo otra cosa: los **centró**.

Para cada una de las 784 posiciones de píxel, calculó la **media** (el promedio) de las 60.000 imágenes de entrenamiento y la restó. Después dividió todo entre la **dispersión** (la desviación estándar) de todos los números de entrenamiento juntos. Tras eso, un píxel es un número pequeño alrededor de 0: negativo donde este dígito tiene menos tinta de lo normal en esa posición, positivo donde tiene más.

¿Por qué? Las neuronas que vas a añadir usan **tanh**, que también está centrada en 0. Con entradas cercanas a 0, sus sumas se quedan en la zona donde tanh todavía se curva, que es donde el aprendizaje es más rápido.

En los ajustes de Datos, pon el preprocesamiento en **Centrar y dividir por la dispersión global**. La media y la dispersión se calculan solo con las imágenes de entrenamiento: las imágenes de prueba no se deben ver hasta la prueba.</translation>
        </message>
        <message>
            <source>The Preprocessing list is in the Data settings, on the right.</source>
            <translation>La lista Preprocesamiento está en los ajustes de Datos, a la derecha.</translation>
        </message>
        <message>
            <source>Choose Centre, divide by overall spread.</source>
            <translation>Elige Centrar y dividir por la dispersión global.</translation>
        </message>
        <message>
            <source>Two layers of 50 tanh neurons</source>
            <translation>Dos capas de 50 neuronas tanh</translation>
        </message>
        <message>
            <source>Add two **Dense** layers under Input, each with **50** units and the activation **Tanh**. Tanh squashes any sum into the range -1 to 1, centred on 0:

$tanh(z) = (e^z - e^{-z}) / (e^z + e^{-z})$

A big positive sum gives nearly 1, a big negative one nearly -1, and 0 gives 0.

Look at the **Weight initializer** in each layer's settings: **Glorot uniform**, as in the tutorial. It draws the starting weights at random between $-r$ and $r$, where $r = sqrt(6 / (inputs + outputs))$. For the first layer that is $sqrt(6 / (784 + 50)) \approx 0.085$: small enough that the 784 inputs do not push tanh to its flat ends from the start.

The first layer has $784 * 50 + 50 = 39,250$ parameters, the second $50 * 50 + 50 = 2,550$.</source>
            <translation>Añade dos capas **Dense** debajo de Input, cada una con **50** neuronas y la activación **Tanh**. Tanh aplasta cualquier suma en el rango de -1 a 1, centrado en 0:

$tanh(z) = (e^z - e^{-z}) / (e^z + e^{-z})$

Una suma muy positiva da casi 1, una muy negativa casi -1, y 0 da 0.

Mira el **Inicializador de pesos** en los ajustes de cada capa: **Glorot uniforme**, como en el tutorial. Elige los pesos iniciales al azar entre $-r$ y $r$, donde $r = sqrt(6 / (inputs + outputs))$ (*inputs* es el número de entradas de la capa y *outputs* el de salidas). Para la primera capa eso da $sqrt(6 / (784 + 50)) \approx 0.085$: lo bastante pequeño para que las 784 entradas no lleven tanh a sus extremos planos desde el principio.

La primera capa tiene $784 * 50 + 50 = 39,250$ parámetros, y la segunda, $50 * 50 + 50 = 2,550$.</translation>
        </message>
        <message>
            <source>Drag Dense from the palette under Input, set Units to 50 and Activation to Tanh. Then do it again under the first one.</source>
            <translation>Arrastra Dense desde la paleta hasta debajo de Input, pon Neuronas en 50 y Activación en Tanh. Luego hazlo otra vez debajo de la primera.</translation>
        </message>
        <message>
            <source>Glorot uniform is already the weight initializer of a new Dense layer: check it, but there is nothing to change.</source>
            <translation>Glorot uniforme ya es el inicializador de pesos de una capa Dense nueva: compruébalo, pero no hay nada que cambiar.</translation>
        </message>
        <message>
            <source>Ten outputs</source>
            <translation>Diez salidas</translation>
        </message>
        <message>
            <source>Finish with a **Dense** layer of **10** units and **Softmax**, one probability per digit. It has $50 * 10 + 10 = 510$ parameters.

The whole network has $39,250 + 2,550 + 510 = 42,310$: less than half of the first lesson's network, though it has two hidden layers.</source>
            <translation>Termina con una capa **Dense** de **10** neuronas y **Softmax**: una probabilidad por dígito. Tiene $50 * 10 + 10 = 510$ parámetros.

La red entera tiene $39,250 + 2,550 + 510 = 42,310$: menos de la mitad que la red de la primera lección, aunque tiene dos capas ocultas.</translation>
        </message>
        <message>
            <source>Drag a Dense layer to the very bottom of the stack.</source>
            <translation>Arrastra una capa Dense hasta el final de la pila.</translation>
        </message>
        <message>
            <source>Set its Units to 10 and its Activation to Softmax. If the count is not 42,310, check that both hidden layers have 50 units.</source>
            <translation>Pon Neuronas en 10 y Activación en Softmax. Si la cuenta no da 42.310, comprueba que las dos capas ocultas tienen 50 neuronas.</translation>
        </message>
        <message>
            <source>Have exactly 42,310 parameters in the whole network.</source>
            <translation>Ten exactamente 42.310 parámetros en toda la red.</translation>
        </message>
        <message>
            <source>Plain gradient descent</source>
            <translation>Descenso de gradiente simple</translation>
        </message>
        <message>
            <source>The optimizer is Adam, which you met before. The tutorial used the oldest optimizer of all, **SGD** (stochastic gradient descent).

After each batch, SGD works out the **gradient**: for every weight, which way and how steeply the loss goes up when that weight grows. Then it moves every weight a small step the other way, downhill:

$w \to w - \eta * gradient$

where $\eta$ (eta) is the **learning rate**, the size of the step. Unlike Adam, every weight uses the same learning rate.

In **Loss and optimizer**, choose the optimizer **SGD**.</source>
            <translation>El optimizador es Adam, que ya conoces. El tutorial usó el optimizador más antiguo de todos, **SGD** (descenso de gradiente estocástico).

Después de cada lote, SGD calcula el **gradiente**: para cada peso, hacia dónde y con qué pendiente sube la pérdida cuando ese peso crece. Luego mueve cada peso un pequeño paso en sentido contrario, cuesta abajo:

$w \to w - \eta * gradient$

donde $\eta$ (eta) es la **tasa de aprendizaje**, el tamaño del paso. A diferencia de Adam, todos los pesos usan la misma tasa de aprendizaje.

En **Pérdida y optimizador**, elige el optimizador **SGD**.</translation>
        </message>
        <message>
            <source>Loss and optimizer is a tab on the right, beside Layer settings and Data.</source>
            <translation>Pérdida y optimizador es una pestaña a la derecha, junto a Ajustes de capa y Datos.</translation>
        </message>
        <message>
            <source>Choose SGD in the Optimizer list.</source>
            <translation>Elige SGD en la lista Optimizador.</translation>
        </message>
        <message>
            <source>Momentum and a gentle learning rate</source>
            <translation>Momento y una tasa de aprendizaje suave</translation>
        </message>
        <message>
            <source>Under SGD are its own settings. The tutorial changed three of them:

- **Learning rate 0.001**: ten times smaller than SGD's usual 0.01. Small, careful steps.
- **Momentum 0.9**: each step also carries on 0.9 of the step before, like a ball rolling downhill that gathers speed where the slope keeps pointing the same way. In a steady direction the steps grow up to $1 / (1 - 0.9) = 10$ times bigger, which makes up for the small learning rate; where the slope flips back and forth, they cancel out.
- **Learning-rate decay 1e-7** (that is 0.0000001): after every batch the rate becomes $0.001 / (1 + 0.0000001 * batches)$. After the whole training, about 42,200 batches, it has shrunk by only 0.4%. A tiny touch, kept so that your network is exactly the tutorial's.

Set the three of them. Keep Nesterov off.</source>
            <translation>Debajo de SGD están sus propios ajustes. El tutorial cambió tres de ellos:

- **Tasa de aprendizaje 0.001**: diez veces más pequeña que el 0.01 habitual de SGD. Pasos pequeños y cuidadosos.
- **Momento 0.9**: cada paso arrastra también 0.9 del paso anterior, como una bola que rueda cuesta abajo y gana velocidad mientras la pendiente sigue apuntando hacia el mismo lado. En una dirección constante, los pasos llegan a ser hasta $1 / (1 - 0.9) = 10$ veces más grandes, lo que compensa la tasa de aprendizaje pequeña; donde la pendiente cambia de sentido una y otra vez, se anulan entre sí.
- **Decaimiento de la tasa de aprendizaje 1e-7** (es decir, 0.0000001): después de cada lote, la tasa pasa a ser $0.001 / (1 + 0.0000001 * batches)$, donde *batches* es el número de lotes hechos. Al final de todo el entrenamiento, unos 42.200 lotes, solo se ha reducido un 0,4 %. Un retoque diminuto, que se mantiene para que tu red sea exactamente la del tutorial.

Ajusta los tres. Deja Nesterov desactivado.</translation>
        </message>
        <message>
            <source>The settings of SGD are under the Optimizer list, in Loss and optimizer.</source>
            <translation>Los ajustes de SGD están debajo de la lista Optimizador, en Pérdida y optimizador.</translation>
        </message>
        <message>
            <source>Type 0.001 as the learning rate, 0.9 as the momentum and 1e-7 (or 0.0000001) as the learning-rate decay.</source>
            <translation>Escribe 0.001 como tasa de aprendizaje, 0.9 como momento y 1e-7 (o 0.0000001) como decaimiento de la tasa de aprendizaje.</translation>
        </message>
        <message>
            <source>Hold back 10% to watch</source>
            <translation>Reservar un 10% para vigilar</translation>
        </message>
        <message>
            <source>Training runs for many epochs this time. After many epochs a network can start to **memorise** its training digits, their exact strokes and smudges, instead of learning what a 3 looks like in general. That is called **overfitting**: the training results keep getting better while the results on new digits stop improving, or get worse.

To see it happen, the tutorial held back **10%** of the training digits. The network never learns from them; after every epoch it is only checked on them. That check is the **validation**.

In the Data settings, set the **Validation share** to **0.1**: 6,000 of the 60,000 training digits are held back, and 54,000 are left to learn from. The 10,000 test digits stay apart as before.</source>
            <translation>Esta vez el entrenamiento dura muchas épocas. Tras muchas épocas, una red puede empezar a **memorizar** sus dígitos de entrenamiento, con sus trazos y manchas exactos, en lugar de aprender cómo es un 3 en general. Eso se llama **sobreajuste**: los resultados de entrenamiento siguen mejorando, mientras que los resultados con dígitos nuevos dejan de mejorar o empeoran.

Para verlo, el tutorial reservó un **10%** de los dígitos de entrenamiento. La red nunca aprende de ellos; después de cada época solo se comprueba con ellos. Esa comprobación es la **validación**.

En los ajustes de Datos, pon la **Proporción de validación** en **0.1**: se reservan 6.000 de los 60.000 dígitos de entrenamiento y quedan 54.000 para aprender. Los 10.000 dígitos de prueba siguen aparte, como antes.</translation>
        </message>
        <message>
            <source>Validation share is in the Data settings, below Preprocessing.</source>
            <translation>Proporción de validación está en los ajustes de Datos, debajo de Preprocesamiento.</translation>
        </message>
        <message>
            <source>Type 0.1 (a tenth), not 10.</source>
            <translation>Escribe 0.1 (una décima parte), no 10.</translation>
        </message>
        <message>
            <source>Batches of 64, for 50 epochs</source>
            <translation>Lotes de 64, durante 50 épocas</translation>
        </message>
        <message>
            <source>Open the **Training** settings. Set the **Batch size** to **64** and the **Epochs** to **50**.

One epoch is now $54,000 / 64 \approx 844$ batches, so 50 epochs make about 42,200 small steps of SGD. That takes a minute on a fast computer, a few on a slow one. The random seed is **123**, the one the tutorial used, so that your run starts where the tutorial's did.</source>
            <translation>Abre los ajustes de **Entrenamiento**. Pon el **Tamaño de lote** en **64** y las **Épocas** en **50**.

Ahora una época son $54,000 / 64 \approx 844$ lotes, así que 50 épocas suman unos 42.200 pequeños pasos de SGD. Eso tarda un minuto en un ordenador rápido y unos cuantos en uno lento. La semilla aleatoria es **123**, la que usó el tutorial, para que tu ejecución empiece donde empezó la del tutorial.</translation>
        </message>
        <message>
            <source>The Training settings are a tab on the right, beside Data.</source>
            <translation>Los ajustes de Entrenamiento son una pestaña a la derecha, junto a Datos.</translation>
        </message>
        <message>
            <source>Type 64 in Batch size and 50 in Epochs. Leave the seed at 123.</source>
            <translation>Escribe 64 en Tamaño de lote y 50 en Épocas. Deja la semilla en 123.</translation>
        </message>
        <message>
            <source>Guess, then train</source>
            <translation>Adivina y luego entrena</translation>
        </message>
        <message>
            <source>Your network is now the tutorial's, setting for setting. It is smaller than the first lesson's network and learns with plain SGD, but it trains five times as long.

Guess its test accuracy, then press **Train**. While it trains, watch the Training tab: the solid curves are the training loss and accuracy, the dashed ones the validation loss and accuracy, measured after every epoch on the 6,000 held-back digits.</source>
            <translation>Tu red ya es la del tutorial, ajuste por ajuste. Es más pequeña que la red de la primera lección y aprende con SGD simple, pero entrena cinco veces más tiempo.

Adivina su precisión de prueba y luego pulsa **Entrenar**. Mientras entrena, mira la pestaña Entrenamiento: las curvas continuas son la pérdida y la precisión de entrenamiento, y las discontinuas, la pérdida y la precisión de validación, medidas después de cada época con los 6.000 dígitos reservados.</translation>
        </message>
        <message>
            <source>Press Train below the picture of the network. 50 epochs take a while: a good moment to watch the curves.</source>
            <translation>Pulsa Entrenar, debajo del dibujo de la red. 50 épocas tardan un rato: buen momento para mirar las curvas.</translation>
        </message>
        <message>
            <source>If the accuracy stays near 10%, check the preprocessing (Centre, divide by overall spread) and the learning rate (0.001).</source>
            <translation>Si la precisión se queda cerca del 10%, comprueba el preprocesamiento (Centrar y dividir por la dispersión global) y la tasa de aprendizaje (0.001).</translation>
        </message>
        <message>
            <source>What share of the 10,000 test digits will the tanh network trained by SGD get right?</source>
            <translation>¿Qué parte de los 10.000 dígitos de prueba acertará la red tanh entrenada con SGD?</translation>
        </message>
        <message>
            <source>SGD with the tutorial's learning rate, momentum and decay.</source>
            <translation>SGD con la tasa de aprendizaje, el momento y el decaimiento del tutorial.</translation>
        </message>
        <message>
            <source>Centred pixels and 10% held back, as in the tutorial.</source>
            <translation>Píxeles centrados y un 10% reservado, como en el tutorial.</translation>
        </message>
        <message>
            <source>50 epochs of batches of 64 from the seed 123, as in the tutorial, so your result can be compared with the tutorial's.</source>
            <translation>50 épocas de lotes de 64 desde la semilla 123, como en el tutorial, para que puedas comparar tu resultado con el del tutorial.</translation>
        </message>
        <message>
            <source>Reading the curves</source>
            <translation>Leer las curvas</translation>
        </message>
        <message>
            <source>The tutorial reached **96.27%** on the test digits. Now look at the loss curves in the Training tab: the solid training curve and the dashed validation curve.

- At first both fall together: the network learns things that hold for all digits.
- Then they part. The training loss keeps falling to the very end, but the validation loss falls more and more slowly, and after about 40 epochs it stops falling, even creeping up a tiny bit. The gap between the curves is what the network knows only about its own training digits.
- The accuracy curves show the same gap: about 99% on the training digits at the end, but about 97% on the held-back ones.

That is the first sign of **overfitting**. Training much longer would make the validation loss climb: the network would get better at its training digits and worse at new ones. The best moment to stop is where the validation loss is lowest.

Drag the **replay slider** under the curves back to that moment, and compare the numbers there with the end.</source>
            <translation>El tutorial llegó al **96,27 %** con los dígitos de prueba. Ahora mira las curvas de pérdida en la pestaña Entrenamiento: la curva continua de entrenamiento y la curva discontinua de validación.

- Al principio las dos bajan juntas: la red aprende cosas que valen para todos los dígitos.
- Luego se separan. La pérdida de entrenamiento sigue bajando hasta el final, pero la pérdida de validación baja cada vez más despacio y, hacia la época 40, deja de bajar e incluso sube un poquito. La separación entre las curvas es lo que la red sabe solo de sus propios dígitos de entrenamiento.
- Las curvas de precisión muestran la misma separación: al final, cerca del 99% con los dígitos de entrenamiento, pero cerca del 97% con los reservados.

Esa es la primera señal de **sobreajuste**. Entrenar mucho más tiempo haría subir la pérdida de validación: la red mejoraría con sus dígitos de entrenamiento y empeoraría con los nuevos. El mejor punto para parar es donde la pérdida de validación es más baja.

Arrastra el **control deslizante de repetición**, debajo de las curvas, hacia atrás hasta ese punto y compara los números de ahí con los del final.</translation>
        </message>
        <message>
            <source>The replay slider is under the curves of the Training tab. Drag it to the left.</source>
            <translation>El control deslizante de repetición está debajo de las curvas de la pestaña Entrenamiento. Arrástralo hacia la izquierda.</translation>
        </message>
        <message>
            <source>Compare the training accuracy of the last epoch with the validation accuracy: the difference is the gap.</source>
            <translation>Compara la precisión de entrenamiento de la última época con la precisión de validación: la diferencia es la separación.</translation>
        </message>
        <message>
            <source>Validation tells the future</source>
            <translation>La validación predice el futuro</translation>
        </message>
        <message>
            <source>Open the **Results** tab. Compare the test accuracy with the validation accuracy of the last epoch: they are close, within about one percent. The 6,000 held-back digits played the part of new digits, so they told you, epoch after epoch, roughly what the test would say.

That is why validation matters: you can use it to choose the number of epochs, the learning rate or the size of the layers, and keep the test digits for the one final, honest mark.</source>
            <translation>Abre la pestaña **Resultados**. Compara la precisión de prueba con la precisión de validación de la última época: están muy cerca, a un punto porcentual o menos. Los 6.000 dígitos reservados hicieron el papel de dígitos nuevos, así que te dijeron, época tras época, más o menos lo que diría la prueba.

Por eso importa la validación: puedes usarla para elegir el número de épocas, la tasa de aprendizaje o el tamaño de las capas, y guardar los dígitos de prueba para una única nota final y honesta.</translation>
        </message>
        <message>
            <source>The Results tab is at the top of the window.</source>
            <translation>La pestaña Resultados está en la parte de arriba de la ventana.</translation>
        </message>
        <message>
            <source>The network has 42,310 parameters (784, 50, 50, 10).</source>
            <translation>La red tiene 42.310 parámetros (784, 50, 50, 10).</translation>
        </message>
    </context>
    <context>
        <name>Lesson xor</name>
        <message>
            <source>XOR: what one straight line cannot do</source>
            <translation>XOR: lo que una línea recta no puede hacer</translation>
        </message>
        <message>
            <source>Build the network that learns XOR, watch it draw its boundary, then test two changes: a second hidden layer, and 32 neurons instead of 16. Predict first!</source>
            <translation>Construye la red que aprende XOR, mira cómo dibuja su frontera y luego prueba dos cambios: una segunda capa oculta, y 32 neuronas en lugar de 16. ¡Primero haz tu predicción!</translation>
        </message>
        <message>
            <source>XOR lesson</source>
            <translation>Lección de XOR</translation>
        </message>
        <message>
            <source>Four rows, no straight line</source>
            <translation>Cuatro filas, ninguna línea recta</translation>
        </message>
        <message>
            <source>A shop wants to find its loyal customers. Each customer is described by two yes/no answers: *old or young?* and *middle or high income?* (0 or 1). The loyal ones are those where **exactly one** answer is 1. That is the XOR rule:

- 0, 0 → 0
- 0, 1 → 1
- 1, 0 → 1
- 1, 1 → 0

Draw the four points on a square in your head: the two 1s sit on opposite corners. Try to split them from the two 0s with **one straight line**. You cannot! A network with no hidden layer can only draw one straight line, so it can never learn XOR.

The Data settings already hold the XOR table. Press **Next** when you have tried the straight line.</source>
            <translation>Una tienda quiere encontrar a sus clientes fieles. Cada cliente se describe con dos respuestas de sí o no: *¿mayor o joven?* y *¿ingresos medios o altos?* (0 o 1). Los fieles son aquellos en los que **exactamente una** de las respuestas es 1. Esa es la regla XOR:

- 0, 0 → 0
- 0, 1 → 1
- 1, 0 → 1
- 1, 1 → 0

Imagina los cuatro puntos en las esquinas de un cuadrado: los dos 1 quedan en esquinas opuestas. Intenta separarlos de los dos 0 con **una sola línea recta**. ¡No puedes! Una red sin capa oculta solo puede trazar una línea recta, así que nunca podrá aprender XOR.

Los ajustes de Datos ya contienen la tabla de XOR. Pulsa **Siguiente** cuando hayas probado con la línea recta.</translation>
        </message>
        <message>
            <source>A hidden layer</source>
            <translation>Una capa oculta</translation>
        </message>
        <message>
            <source>A **hidden layer** gives the network many lines to combine. Drag a **Dense** layer from the palette and drop it under the Input layer. Then, in its settings, give it **16** neurons and the activation **ReLU**.

Each of the 16 neurons works out $z = w_1 x_1 + w_2 x_2 + b$ and then ReLU keeps $z$ if it is positive and gives 0 otherwise. That bend is what lets the network draw more than one straight line.</source>
            <translation>Una **capa oculta** le da a la red muchas líneas que combinar. Arrastra una capa **Dense** desde la paleta y suéltala debajo de la capa Input. Luego, en sus ajustes, dale **16** neuronas y la activación **ReLU**.

Cada una de las 16 neuronas calcula $z = w_1 x_1 + w_2 x_2 + b$ y después ReLU se queda con $z$ si es positivo y da 0 si no lo es. Ese doblez es lo que permite a la red trazar más de una línea recta.</translation>
        </message>
        <message>
            <source>The palette is the list of layer kinds. Drag Dense onto the layer stack, just below Input (or select Input and double-click Dense).</source>
            <translation>La paleta es la lista de tipos de capas. Arrastra Dense hasta la pila de capas, justo debajo de Input (o selecciona Input y haz doble clic en Dense).</translation>
        </message>
        <message>
            <source>Click the new Dense layer in the stack: its settings appear. Set Units to 16 and Activation to ReLU.</source>
            <translation>Haz clic en la nueva capa Dense de la pila: aparecen sus ajustes. Pon Neuronas en 16 y Activación en ReLU.</translation>
        </message>
        <message>
            <source>One answer between 0 and 1</source>
            <translation>Una respuesta entre 0 y 1</translation>
        </message>
        <message>
            <source>The network must answer one number: how sure it is that the customer is loyal. Add one more **Dense** layer at the bottom with **1** neuron and the activation **Sigmoid**. Sigmoid squeezes any number into the range 0 to 1:

$\sigma(z) = 1 / (1 + e^{-z})$

An answer above 0.5 counts as 1, below as 0. Look at the Network tab: you have drawn the 2-16-1 network.</source>
            <translation>La red tiene que responder con un solo número: lo segura que está de que el cliente es fiel. Añade una capa **Dense** más al final, con **1** neurona y la activación **Sigmoid**. Sigmoid comprime cualquier número al rango de 0 a 1:

$\sigma(z) = 1 / (1 + e^{-z})$

Una respuesta mayor que 0.5 cuenta como 1, y una menor, como 0. Mira la pestaña Red: has dibujado la red 2-16-1.</translation>
        </message>
        <message>
            <source>Drag another Dense layer to the very bottom of the stack.</source>
            <translation>Arrastra otra capa Dense hasta el final de la pila.</translation>
        </message>
        <message>
            <source>Its Units must be 1 (one answer) and its Activation Sigmoid.</source>
            <translation>Neuronas tiene que ser 1 (una sola respuesta) y Activación, Sigmoid.</translation>
        </message>
        <message>
            <source>Train it</source>
            <translation>Entrénala</translation>
        </message>
        <message>
            <source>The network starts with random weights, so at first its answers are guesses. Training shows it the four rows again and again (an **epoch** is one pass over all four) and nudges every weight to make the error smaller.

Before you press **Train**, make a guess.</source>
            <translation>La red empieza con pesos aleatorios, así que al principio sus respuestas son a ciegas. El entrenamiento le muestra las cuatro filas una y otra vez (una **época** es una pasada por las cuatro) y ajusta un poco cada peso para que el error sea más pequeño.

Antes de pulsar **Entrenar**, haz una predicción.</translation>
        </message>
        <message>
            <source>Press Train and watch the Training tab: the loss falls and the accuracy climbs to 100%.</source>
            <translation>Pulsa Entrenar y observa la pestaña Entrenamiento: la pérdida baja y la precisión sube hasta el 100%.</translation>
        </message>
        <message>
            <source>If the accuracy stays at 50% or 75%, change the Random seed in the Training settings and train again: another random start can learn it.</source>
            <translation>Si la precisión se queda en el 50% o el 75%, cambia la Semilla aleatoria en los ajustes de Entrenamiento y vuelve a entrenar: con otro inicio aleatorio puede aprenderlo.</translation>
        </message>
        <message>
            <source>After how many epochs will all four rows be right?</source>
            <translation>¿Después de cuántas épocas acertará las cuatro filas?</translation>
        </message>
        <message>
            <source>epochs</source>
            <translation>épocas</translation>
        </message>
        <message>
            <source>500 epochs, as in the tutorial, so that everyone's runs can be compared.</source>
            <translation>500 épocas, como en el tutorial, para que se puedan comparar las ejecuciones de todos.</translation>
        </message>
        <message>
            <source>The boundary it drew</source>
            <translation>La frontera que ha dibujado</translation>
        </message>
        <message>
            <source>On the right of the Training tab is the network's answer for every point of the square: the colour shows the answer, the line shows where it changes its mind. It is not one straight line any more!

Drag the **replay slider** under the Training tab back to the start, then slowly forward: watch the boundary bend into shape as the network learns.</source>
            <translation>A la derecha de la pestaña Entrenamiento está la respuesta de la red para cada punto del cuadrado: el color muestra la respuesta y la línea muestra dónde cambia de opinión. ¡Ya no es una sola línea recta!

Arrastra el **control deslizante de repetición** que hay debajo de la pestaña Entrenamiento hasta el principio y luego avanza despacio: verás cómo la frontera se va curvando a medida que la red aprende.</translation>
        </message>
        <message>
            <source>The slider is under the curves. Drag it to the left.</source>
            <translation>El control deslizante está debajo de las curvas. Arrástralo hacia la izquierda.</translation>
        </message>
        <message>
            <source>A second hidden layer</source>
            <translation>Una segunda capa oculta</translation>
        </message>
        <message>
            <source>The tutorial tried two changes. First: a **second hidden layer** of 16 ReLU neurons, between the first one and the output. More layers can combine the lines in more ways. Insert it as layer 3, then train again.

Tip: tick **Same start as the last run** beside Train so that the first layer starts from the same random weights: then only your change differs.</source>
            <translation>El tutorial probó dos cambios. El primero: una **segunda capa oculta** de 16 neuronas ReLU, entre la primera y la salida. Con más capas se pueden combinar las líneas de más maneras. Insértala como capa 3 y vuelve a entrenar.

Consejo: marca **Mismo inicio que la última ejecución**, junto a Entrenar, para que la primera capa empiece con los mismos pesos aleatorios: así, lo único que cambia es lo que tú has cambiado.</translation>
        </message>
        <message>
            <source>Drag a Dense layer between the hidden layer and the output layer.</source>
            <translation>Arrastra una capa Dense entre la capa oculta y la capa de salida.</translation>
        </message>
        <message>
            <source>Give it 16 units and ReLU, like the first hidden layer, then press Train.</source>
            <translation>Dale 16 neuronas y ReLU, como a la primera capa oculta, y luego pulsa Entrenar.</translation>
        </message>
        <message>
            <source>With a second hidden layer, will the network reach 100% sooner or later?</source>
            <translation>Con una segunda capa oculta, ¿la red llegará al 100% antes o después?</translation>
        </message>
        <message>
            <source>Sooner</source>
            <translation>Antes</translation>
        </message>
        <message>
            <source>Later</source>
            <translation>Después</translation>
        </message>
        <message>
            <source>About the same</source>
            <translation>Más o menos igual</translation>
        </message>
        <message>
            <source>32 neurons instead of 16</source>
            <translation>32 neuronas en lugar de 16</translation>
        </message>
        <message>
            <source>The second change: back to **one** hidden layer, but with **32** neurons. Remove the layer you just added (select it and press Delete), set the first hidden layer's Units to 32, and train again.</source>
            <translation>El segundo cambio: volver a **una** sola capa oculta, pero con **32** neuronas. Quita la capa que acabas de añadir (selecciónala y pulsa Supr), pon Neuronas en 32 en la primera capa oculta y vuelve a entrenar.</translation>
        </message>
        <message>
            <source>Select the second hidden layer (layer 3) and press Delete.</source>
            <translation>Selecciona la segunda capa oculta (la capa 3) y pulsa Supr.</translation>
        </message>
        <message>
            <source>Select the remaining hidden layer and set its Units to 32, then press Train.</source>
            <translation>Selecciona la capa oculta que queda y pon Neuronas en 32; luego pulsa Entrenar.</translation>
        </message>
        <message>
            <source>With 32 neurons instead of 16, will the network reach 100% sooner or later than with 16?</source>
            <translation>Con 32 neuronas en lugar de 16, ¿la red llegará al 100% antes o después que con 16?</translation>
        </message>
        <message>
            <source>What you found</source>
            <translation>Lo que has descubierto</translation>
        </message>
        <message>
            <source>Open the **Runs** tab: your runs are listed with what changed each time, and their curves are drawn over each other. Compare the epoch where each one first reached 100%.

With only four rows, luck (the random start) matters a lot: try the same change twice and the numbers move. Scientists repeat experiments for exactly this reason.</source>
            <translation>Abre la pestaña **Ejecuciones**: ahí aparecen tus ejecuciones con lo que cambió cada vez, y sus curvas se dibujan unas encima de otras. Compara la época en la que cada una llegó por primera vez al 100%.

Con solo cuatro filas, la suerte (el inicio aleatorio) importa mucho: prueba el mismo cambio dos veces y verás que los números se mueven. Por eso mismo los científicos repiten los experimentos.</translation>
        </message>
        <message>
            <source>The Runs tab is beside the Training tab, at the top of the window.</source>
            <translation>La pestaña Ejecuciones está junto a la pestaña Entrenamiento, en la parte de arriba de la ventana.</translation>
        </message>
        <message>
            <source>A hidden layer of 16 or more ReLU neurons.</source>
            <translation>Una capa oculta de 16 o más neuronas ReLU.</translation>
        </message>
    </context>
    <context>
        <name>LessonFile</name>
        <message>
            <source>the palette of layers</source>
            <extracomment>MIGRATIONS[n] turns a lesson's dict at schema version n into one at version n + 1. The parts of the window a step can point at ("look_at"), with the words for them (English: shown through :func:`place_words`).</extracomment>
            <translation>la paleta de capas</translation>
        </message>
        <message>
            <source>the layer stack</source>
            <translation>la pila de capas</translation>
        </message>
        <message>
            <source>the selected layer's settings</source>
            <translation>los ajustes de la capa seleccionada</translation>
        </message>
        <message>
            <source>the Network tab</source>
            <translation>la pestaña Red</translation>
        </message>
        <message>
            <source>the Loss and optimizer settings</source>
            <translation>los ajustes de Pérdida y optimizador</translation>
        </message>
        <message>
            <source>the Data settings</source>
            <translation>los ajustes de Datos</translation>
        </message>
        <message>
            <source>the Training settings</source>
            <translation>los ajustes de Entrenamiento</translation>
        </message>
        <message>
            <source>the Train button</source>
            <translation>el botón Entrenar</translation>
        </message>
        <message>
            <source>the Problems list</source>
            <translation>la lista de Problemas</translation>
        </message>
        <message>
            <source>the Keras code</source>
            <translation>el código Keras</translation>
        </message>
        <message>
            <source>the Training tab's curves</source>
            <translation>las curvas de la pestaña Entrenamiento</translation>
        </message>
        <message>
            <source>the Training tab's weights</source>
            <translation>los pesos de la pestaña Entrenamiento</translation>
        </message>
        <message>
            <source>the Training tab's decision boundary</source>
            <translation>la frontera de decisión de la pestaña Entrenamiento</translation>
        </message>
        <message>
            <source>the replay slider</source>
            <translation>el control deslizante de repetición</translation>
        </message>
        <message>
            <source>the Runs tab</source>
            <translation>la pestaña Ejecuciones</translation>
        </message>
        <message>
            <source>the Results tab</source>
            <translation>la pestaña Resultados</translation>
        </message>
        <message>
            <source>the Draw a digit tab</source>
            <translation>la pestaña Dibujar un dígito</translation>
        </message>
        <message>
            <source>the Inside tab</source>
            <translation>la pestaña Por dentro</translation>
        </message>
        <message>
            <source>the layers</source>
            <extracomment>The whole sections a step can lock, with the words for them (see :func:`lock_words`).</extracomment>
            <translation>las capas</translation>
        </message>
        <message>
            <source>the loss</source>
            <translation>la pérdida</translation>
        </message>
        <message>
            <source>the optimizer</source>
            <translation>el optimizador</translation>
        </message>
        <message>
            <source>the data settings</source>
            <translation>los ajustes de datos</translation>
        </message>
        <message>
            <source>the training settings</source>
            <translation>los ajustes de entrenamiento</translation>
        </message>
        <message>
            <source>the data setting {name}</source>
            <extracomment>Settings a step can lock ("locks"): the whole stack of layers, the loss, the optimizer (with its settings), the metrics, or a data or training setting ("data.flatten"); with the words for them in English (shown through :func:`lock_words`).</extracomment>
            <translation>el ajuste de datos {name}</translation>
        </message>
        <message>
            <source>the training setting {name}</source>
            <translation>el ajuste de entrenamiento {name}</translation>
        </message>
        <message>
            <source>the test accuracy</source>
            <extracomment>What a prediction can be compared with, once the next run has finished (the words for it in English: shown through :func:`outcome_words`).</extracomment>
            <translation>la precisión de prueba</translation>
        </message>
        <message>
            <source>the test loss</source>
            <translation>la pérdida de prueba</translation>
        </message>
        <message>
            <source>the training accuracy in the last epoch</source>
            <translation>la precisión de entrenamiento en la última época</translation>
        </message>
        <message>
            <source>the first epoch with 100% training accuracy</source>
            <translation>la primera época con un 100% de precisión de entrenamiento</translation>
        </message>
        <message>
            <source>the training time in seconds</source>
            <translation>el tiempo de entrenamiento en segundos</translation>
        </message>
        <message>
            <source>Challenge</source>
            <extracomment>Which way a choice says the outcome goes, compared with the run before the prediction. Two outcomes count as "the same" when they differ by at most this share of the larger (epochs, seconds, a loss), or for accuracies by at most this many (half a percentage point). Whether the file could not be read as a lesson at all (not there, not text, not JSON, not a lesson, a newer schema), rather than having problems in what it says. For a number: its unit ("%", "epochs") and the range an answer may take. What really happened, to show beside the answer (a key of :data:`OUTCOMES`). For choices: which way each one says the outcome goes (a key of :data:`DIRECTIONS`). What the outcome is compared with: the outcome of an earlier prediction (its id), or "" for the run just before the answer. The actions that reach the goal (see :mod:`nnstudio.lessons.show`), as written. The file's dict as read (after migration), kept with a student's project. Where it was read from ("built-in" for the ones that come with nnstudio).</extracomment>
            <translation>Reto</translation>
        </message>
        <message>
            <source>Lesson</source>
            <translation>Lección</translation>
        </message>
        <message>
            <source>Challenge: {title}</source>
            <translation>Reto: {title}</translation>
        </message>
        <message>
            <source>Lesson: {title}</source>
            <translation>Lección: {title}</translation>
        </message>
        <message>
            <source>the lesson file</source>
            <translation>el archivo de la lección</translation>
        </message>
        <message>
            <source>{source}, {where}: {problem}</source>
            <translation>{source}, {where}: {problem}</translation>
        </message>
        <message>
            <source>{source}: {problem}</source>
            <translation>{source}: {problem}</translation>
        </message>
        <message>
            <source>unknown entry {key}. Expected some of: {known}.</source>
            <translation>entrada desconocida {key}. Se esperaba alguna de: {known}.</translation>
        </message>
        <message>
            <source>expected "{key}" to be one of: {allowed}. Received: {value}.</source>
            <translation>se esperaba que "{key}" fuera uno de: {allowed}. Recibido: {value}.</translation>
        </message>
        <message>
            <source>expected "{key}", found none.</source>
            <translation>se esperaba "{key}", pero no se encontró.</translation>
        </message>
        <message>
            <source>expected "{key}" to be text. Received: {value}.</source>
            <translation>se esperaba que "{key}" fuera texto. Recibido: {value}.</translation>
        </message>
        <message>
            <source>expected "id" to use only letters, digits, -, _ and . (it names the lesson in students' projects). Received: {value}.</source>
            <translation>se esperaba que "id" usara solo letras, dígitos, -, _ y . (da nombre a la lección en los proyectos de los estudiantes). Recibido: {value}.</translation>
        </message>
        <message>
            <source>expected "minutes" to be a whole number from 1 to 600. Received: {value}.</source>
            <translation>se esperaba que "minutes" fuera un número entero de 1 a 600. Recibido: {value}.</translation>
        </message>
        <message>
            <source>expected an object. Received: {value}.</source>
            <translation>se esperaba un objeto. Recibido: {value}.</translation>
        </message>
        <message>
            <source>expected "steps" to be a list of at least one step. Received: {value}.</source>
            <translation>se esperaba que "steps" fuera una lista de al menos un paso. Recibido: {value}.</translation>
        </message>
        <message>
            <source>step {number}</source>
            <translation>paso {number}</translation>
        </message>
        <message>
            <source>a challenge needs a goal: expected a step with a "goal" (or a "grade"), found none.</source>
            <translation>un reto necesita un objetivo: se esperaba un paso con "goal" (o "grade"), pero no se encontró ninguno.</translation>
        </message>
        <message>
            <source>the prediction {id} compares with {other}: expected the id of an earlier prediction.</source>
            <translation>la predicción {id} se compara con {other}: se esperaba el id de una predicción anterior.</translation>
        </message>
        <message>
            <source>two predictions have the id {id}: expected each prediction to have its own.</source>
            <translation>dos predicciones tienen el id {id}: se esperaba que cada predicción tuviera el suyo propio.</translation>
        </message>
        <message>
            <source>expected "hints" to be a list of texts. Received: {value}.</source>
            <translation>se esperaba que "hints" fuera una lista de textos. Recibido: {value}.</translation>
        </message>
        <message>
            <source>expected "show_me" to be a list of actions. Received: {value}.</source>
            <translation>se esperaba que "show_me" fuera una lista de acciones. Recibido: {value}.</translation>
        </message>
        <message>
            <source>expected "compare_with" to be the id of an earlier prediction. Received: {value}.</source>
            <translation>se esperaba que "compare_with" fuera el id de una predicción anterior. Recibido: {value}.</translation>
        </message>
        <message>
            <source>expected either "choices" (a list) or "number" (an object with "min", "max" and "unit"), and not both.</source>
            <translation>se esperaba "choices" (una lista) o "number" (un objeto con "min", "max" y "unit"), pero no los dos.</translation>
        </message>
        <message>
            <source>expected "choices" to be a list of at least two texts. Received: {value}.</source>
            <translation>se esperaba que "choices" fuera una lista de al menos dos textos. Recibido: {value}.</translation>
        </message>
        <message>
            <source>expected "right" to be an object. Received: {value}.</source>
            <translation>se esperaba que "right" fuera un objeto. Recibido: {value}.</translation>
        </message>
        <message>
            <source>"right" names {choice}, which is not one of the choices ({choices}).</source>
            <translation>"right" nombra {choice}, que no es una de las opciones ({choices}).</translation>
        </message>
        <message>
            <source>expected "right" to map a choice to one of: {allowed}. Received: {value}.</source>
            <translation>se esperaba que "right" asignara a cada opción uno de estos valores: {allowed}. Recibido: {value}.</translation>
        </message>
        <message>
            <source>"right" needs an "outcome" to compare.</source>
            <translation>"right" necesita un "outcome" con el que comparar.</translation>
        </message>
        <message>
            <source>expected "number" to be an object with "min", "max" and "unit". Received: {value}.</source>
            <translation>se esperaba que "number" fuera un objeto con "min", "max" y "unit". Recibido: {value}.</translation>
        </message>
        <message>
            <source>expected "min" and "max" to be numbers and "unit" text. Received: {value}.</source>
            <translation>se esperaba que "min" y "max" fueran números y "unit", texto. Recibido: {value}.</translation>
        </message>
        <message>
            <source>no answer fits: the smallest answer ({low:g}) is not below the largest ({high:g}).</source>
            <translation>ninguna respuesta encaja: la respuesta más pequeña ({low:g}) no es menor que la más grande ({high:g}).</translation>
        </message>
        <message>
            <source>expected "locks" to be a list. Received: {value}.</source>
            <translation>se esperaba que "locks" fuera una lista. Recibido: {value}.</translation>
        </message>
        <message>
            <source>a lock names no setting that can be locked. Expected {{"setting": …, "reason": …}} with a setting among: {settings}. Received: {value}.</source>
            <translation>un bloqueo no nombra ningún ajuste que se pueda bloquear. Se esperaba {{"setting": …, "reason": …}} con uno de estos ajustes: {settings}. Recibido: {value}.</translation>
        </message>
        <message>
            <source>the lock on {setting} needs a "reason" the student reads.</source>
            <translation>el bloqueo de {setting} necesita un "reason" que lea el estudiante.</translation>
        </message>
        <message>
            <source>unknown entry {key}. Expected some of: template, name, layers, compile, data, train.</source>
            <translation>entrada desconocida {key}. Se esperaba alguna de: template, name, layers, compile, data, train.</translation>
        </message>
        <message>
            <source>there is no template called {name}. Expected one of: {names}.</source>
            <translation>no hay ninguna plantilla llamada {name}. Se esperaba una de: {names}.</translation>
        </message>
        <message>
            <source>expected {key} to be an object. Received: {value}.</source>
            <translation>se esperaba que {key} fuera un objeto. Recibido: {value}.</translation>
        </message>
    </context>
    <context>
        <name>LessonGoals</name>
        <message>
            <source>Press Train</source>
            <extracomment>What a student can do that a goal can ask for ("did"), with the words for it (English: shown through :func:`action_words`).</extracomment>
            <translation>Pulsa Entrenar</translation>
        </message>
        <message>
            <source>Press Stop while the network trains</source>
            <translation>Pulsa Detener mientras la red entrena</translation>
        </message>
        <message>
            <source>Press Pause while the network trains</source>
            <translation>Pulsa Pausar mientras la red entrena</translation>
        </message>
        <message>
            <source>Look at the Results tab</source>
            <translation>Mira la pestaña Resultados</translation>
        </message>
        <message>
            <source>Look at the Inside tab</source>
            <translation>Mira la pestaña Por dentro</translation>
        </message>
        <message>
            <source>Draw a digit in the Draw a digit tab</source>
            <translation>Dibuja un dígito en la pestaña Dibujar un dígito</translation>
        </message>
        <message>
            <source>Look at the Runs tab</source>
            <translation>Mira la pestaña Ejecuciones</translation>
        </message>
        <message>
            <source>Drag the replay slider back to an earlier moment</source>
            <translation>Arrastra el control deslizante de repetición hacia atrás, hasta un momento anterior</translation>
        </message>
        <message>
            <source>Look at the Keras code</source>
            <translation>Mira el código Keras</translation>
        </message>
        <message>
            <source>{where}: {problem}</source>
            <translation>{where}: {problem}</translation>
        </message>
        <message>
            <source>{items} or {last}</source>
            <translation>{items} o {last}</translation>
        </message>
        <message>
            <source>{items} and {last}</source>
            <translation>{items} y {last}</translation>
        </message>
        <message>
            <source>between {low} and {high}</source>
            <extracomment>The lesson's own words for it, if it gave them ("say"); otherwise made from its data.</extracomment>
            <translation>entre {low} y {high}</translation>
        </message>
        <message>
            <source>at least {value}</source>
            <translation>al menos {value}</translation>
        </message>
        <message>
            <source>at most {value}</source>
            <translation>como máximo {value}</translation>
        </message>
        <message>
            <source>filled in</source>
            <translation>con un valor</translation>
        </message>
        <message>
            <source>anything but {value}</source>
            <translation>cualquiera menos {value}</translation>
        </message>
        <message>
            <source>on</source>
            <comment>a setting</comment>
            <translation>activado</translation>
        </message>
        <message>
            <source>off</source>
            <comment>a setting</comment>
            <translation>desactivado</translation>
        </message>
        <message>
            <source>expected "min" or "max" (a number) for {what}.</source>
            <translation>se esperaba "min" o "max" (un número) para {what}.</translation>
        </message>
        <message>
            <source>expected {key} to be a number for {what}. Received: {value}.</source>
            <translation>se esperaba que {key} fuera un número para {what}. Recibido: {value}.</translation>
        </message>
        <message>
            <source>this can never hold: {what} cannot be at least {min:g} and at most {max:g}.</source>
            <translation>esto nunca puede cumplirse: {what} no puede ser a la vez al menos {min:g} y como máximo {max:g}.</translation>
        </message>
        <message>
            <source>this can never hold: {what} is never below {low:g}, and the goal asks for at most {max:g}.</source>
            <translation>esto nunca puede cumplirse: {what} nunca está por debajo de {low:g}, y el objetivo pide como máximo {max:g}.</translation>
        </message>
        <message>
            <source>this can never hold: {what} is never above {high:g}, and the goal asks for at least {min:g}.</source>
            <translation>esto nunca puede cumplirse: {what} nunca está por encima de {high:g}, y el objetivo pide al menos {min:g}.</translation>
        </message>
        <message>
            <source>expected {what} to be a shape, a list of whole numbers from 1 such as [28, 28] (or a list of shapes). Received: {value}.</source>
            <translation>se esperaba que {what} fuera una forma, es decir, una lista de números enteros a partir de 1, como [28, 28] (o una lista de formas). Recibido: {value}.</translation>
        </message>
        <message>
            <source>expected {what} to be a value, a list of values or {{"min": …, "max": …}}. Received: {value}.</source>
            <translation>se esperaba que {what} fuera un valor, una lista de valores o {{"min": …, "max": …}}. Recibido: {value}.</translation>
        </message>
        <message>
            <source>this can never hold: {what} is asked to be one of no values.</source>
            <translation>esto nunca puede cumplirse: la lista de valores permitidos para {what} está vacía.</translation>
        </message>
        <message>
            <source>{what} can never be {value}. Expected one of: {allowed}.</source>
            <translation>{what} nunca puede ser {value}. Se esperaba uno de: {allowed}.</translation>
        </message>
        <message>
            <source>expected {what} to be true or false. Received: {value}.</source>
            <translation>se esperaba que {what} fuera true o false. Recibido: {value}.</translation>
        </message>
        <message>
            <source>expected {what} to be a number. Received: {value}.</source>
            <translation>se esperaba que {what} fuera un número. Recibido: {value}.</translation>
        </message>
        <message>
            <source>this can never hold: {what} must lie between {low:g} and {high:g}, and the goal asks for {value:g}.</source>
            <translation>esto nunca puede cumplirse: {what} tiene que estar entre {low:g} y {high:g}, y el objetivo pide {value:g}.</translation>
        </message>
        <message>
            <source>there is no {what} called {name}. Expected one of: {names}.</source>
            <translation>{name} no es un nombre válido de {what}. Se esperaba uno de estos nombres: {names}.</translation>
        </message>
        <message>
            <source>expected "kind" to be one layer kind. Received: {value}.</source>
            <translation>se esperaba que "kind" fuera un tipo de capa. Recibido: {value}.</translation>
        </message>
        <message>
            <source>layer kind</source>
            <translation>tipo de capa</translation>
        </message>
        <message>
            <source>none</source>
            <translation>ninguno</translation>
        </message>
        <message>
            <source>a {kind} layer has no setting {key}. Expected one of its settings ({names}) or after, position.</source>
            <translation>una capa {kind} no tiene el ajuste {key}. Se esperaba uno de sus ajustes ({names}) o after, position.</translation>
        </message>
        <message>
            <source>a {kind} layer's {setting}</source>
            <translation>el ajuste {setting} de una capa {kind}</translation>
        </message>
        <message>
            <source>expected "position" to be "first", "last" or a layer number from 1. Received: {value}.</source>
            <translation>se esperaba que "position" fuera "first", "last" o un número de capa a partir de 1. Recibido: {value}.</translation>
        </message>
        <message numerus="yes">
            <source>%n neuron(s)</source>
            <translation>
                <numerusform>%n neurona</numerusform>
                <numerusform>%n neuronas</numerusform>
            </translation>
        </message>
        <message>
            <source>{value} neurons</source>
            <translation>{value} neuronas</translation>
        </message>
        <message>
            <source>rate {value:g}</source>
            <translation>tasa {value:g}</translation>
        </message>
        <message>
            <source>shape {value}</source>
            <translation>forma {value}</translation>
        </message>
        <message>
            <source>{setting} {value}</source>
            <translation>{setting} {value}</translation>
        </message>
        <message>
            <source>with {settings}</source>
            <translation>con {settings}</translation>
        </message>
        <message>
            <source>right after {kind}</source>
            <translation>justo después de {kind}</translation>
        </message>
        <message>
            <source>as the first layer</source>
            <translation>como primera capa</translation>
        </message>
        <message>
            <source>as the last layer</source>
            <translation>como última capa</translation>
        </message>
        <message>
            <source>as layer {number}</source>
            <translation>como capa {number}</translation>
        </message>
        <message>
            <source>Add an {kind} layer {details}.</source>
            <translation>Añade una capa {kind} {details}.</translation>
        </message>
        <message>
            <source>Add an {kind} layer.</source>
            <translation>Añade una capa {kind}.</translation>
        </message>
        <message>
            <source>Add a {kind} layer {details}.</source>
            <translation>Añade una capa {kind} {details}.</translation>
        </message>
        <message>
            <source>Add a {kind} layer.</source>
            <translation>Añade una capa {kind}.</translation>
        </message>
        <message>
            <source>expected "kinds" to be a list of layer kinds. Received: {value}.</source>
            <translation>se esperaba que "kinds" fuera una lista de tipos de capa. Recibido: {value}.</translation>
        </message>
        <message>
            <source>Have exactly these layers, in this order: {kinds}.</source>
            <translation>Ten exactamente estas capas, en este orden: {kinds}.</translation>
        </message>
        <message>
            <source>the number of layers</source>
            <translation>el número de capas</translation>
        </message>
        <message>
            <source>Have {bounds} {kind} layers.</source>
            <translation>Ten {bounds} capas {kind}.</translation>
        </message>
        <message>
            <source>Have {bounds} layers.</source>
            <translation>Ten {bounds} capas.</translation>
        </message>
        <message>
            <source>Have {bounds} {kind} layers (now {count}).</source>
            <translation>Ten {bounds} capas {kind} (ahora {count}).</translation>
        </message>
        <message>
            <source>Have {bounds} layers (now {count}).</source>
            <translation>Ten {bounds} capas (ahora {count}).</translation>
        </message>
        <message>
            <source>loss</source>
            <translation>pérdida</translation>
        </message>
        <message>
            <source>Use the loss {loss}.</source>
            <translation>Usa la pérdida {loss}.</translation>
        </message>
        <message>
            <source>optimizer</source>
            <translation>optimizador</translation>
        </message>
        <message>
            <source>expected "settings" to be an object of optimizer settings. Received: {value}.</source>
            <translation>se esperaba que "settings" fuera un objeto con ajustes del optimizador. Recibido: {value}.</translation>
        </message>
        <message>
            <source>the optimizer {optimizer} has no setting {key}.</source>
            <translation>el optimizador {optimizer} no tiene el ajuste {key}.</translation>
        </message>
        <message>
            <source>the optimizer's {setting}</source>
            <translation>el ajuste {setting} del optimizador</translation>
        </message>
        <message>
            <source>Use the optimizer {optimizer}.</source>
            <translation>Usa el optimizador {optimizer}.</translation>
        </message>
        <message>
            <source>Use the optimizer {optimizer} with {settings}.</source>
            <translation>Usa el optimizador {optimizer} con {settings}.</translation>
        </message>
        <message>
            <source>dataset</source>
            <extracomment>The words for the data settings the catalog has no label for.</extracomment>
            <translation>conjunto de datos</translation>
        </message>
        <message>
            <source>preprocessing</source>
            <translation>preprocesamiento</translation>
        </message>
        <message>
            <source>file</source>
            <translation>archivo</translation>
        </message>
        <message>
            <source>label column</source>
            <translation>columna de etiqueta</translation>
        </message>
        <message>
            <source>expected at least one data setting to check.</source>
            <translation>se esperaba al menos un ajuste de datos que comprobar.</translation>
        </message>
        <message>
            <source>expected at least one training setting to check.</source>
            <translation>se esperaba al menos un ajuste de entrenamiento que comprobar.</translation>
        </message>
        <message>
            <source>there is no data setting {key}. Expected some of: {names}.</source>
            <translation>no hay ningún ajuste de datos {key}. Se esperaba alguno de: {names}.</translation>
        </message>
        <message>
            <source>there is no training setting {key}. Expected some of: {names}.</source>
            <translation>no hay ningún ajuste de entrenamiento {key}. Se esperaba alguno de: {names}.</translation>
        </message>
        <message>
            <source>the data setting {setting}</source>
            <translation>el ajuste de datos {setting}</translation>
        </message>
        <message>
            <source>the training setting {setting}</source>
            <translation>el ajuste de entrenamiento {setting}</translation>
        </message>
        <message>
            <source>Set the data settings: {settings}.</source>
            <translation>En los ajustes de Datos, pon: {settings}.</translation>
        </message>
        <message>
            <source>Set the training settings: {settings}.</source>
            <translation>En los ajustes de Entrenamiento, pon: {settings}.</translation>
        </message>
        <message>
            <source>the number of parameters</source>
            <translation>el número de parámetros</translation>
        </message>
        <message>
            <source>Keep the parameters (weights and biases) {bounds}.</source>
            <translation>Ten {bounds} parámetros (pesos y sesgos).</translation>
        </message>
        <message>
            <source>Keep the parameters (weights and biases) {bounds} (now unknown).</source>
            <translation>Ten {bounds} parámetros (pesos y sesgos) (ahora: desconocido).</translation>
        </message>
        <message>
            <source>Keep the parameters (weights and biases) {bounds} (now {count}).</source>
            <translation>Ten {bounds} parámetros (pesos y sesgos) (ahora {count}).</translation>
        </message>
        <message>
            <source>expected "stopped" to be true or false. Received: {value}.</source>
            <translation>se esperaba que "stopped" fuera true o false. Recibido: {value}.</translation>
        </message>
        <message>
            <source>Train the network (stopping it early is fine) (the network changed since the last run, so train it again).</source>
            <translation>Entrena la red (puedes pararla antes de que termine) (la red ha cambiado desde la última ejecución, así que vuelve a entrenarla).</translation>
        </message>
        <message>
            <source>Train the network (stopping it early is fine).</source>
            <translation>Entrena la red (puedes pararla antes de que termine).</translation>
        </message>
        <message>
            <source>Train the network until it finishes (the network changed since the last run, so train it again).</source>
            <translation>Entrena la red hasta que termine (la red ha cambiado desde la última ejecución, así que vuelve a entrenarla).</translation>
        </message>
        <message>
            <source>Train the network until it finishes.</source>
            <translation>Entrena la red hasta que termine.</translation>
        </message>
        <message>
            <source>Reach {what} {bounds} (last run: {value}).</source>
            <translation>Alcanza {what} de {bounds} (última ejecución: {value}).</translation>
        </message>
        <message>
            <source>Reach {what} {bounds} (train the network as it is now).</source>
            <translation>Alcanza {what} de {bounds} (entrena la red tal como está ahora).</translation>
        </message>
        <message>
            <source>Reach {what} {bounds}.</source>
            <translation>Alcanza {what} de {bounds}.</translation>
        </message>
        <message>
            <source>action</source>
            <translation>acción</translation>
        </message>
        <message>
            <source>a test accuracy</source>
            <translation>una precisión de prueba</translation>
        </message>
        <message>
            <source>a test loss</source>
            <translation>una pérdida de prueba</translation>
        </message>
        <message>
            <source>a training accuracy (last epoch)</source>
            <translation>una precisión de entrenamiento (última época)</translation>
        </message>
        <message>
            <source>a number of epochs trained</source>
            <translation>un número de épocas entrenadas</translation>
        </message>
        <message>
            <source>expected a condition (an object with "check", "all" or "any"). Received: {value}.</source>
            <translation>se esperaba una condición (un objeto con "check", "all" o "any"). Recibido: {value}.</translation>
        </message>
        <message>
            <source>expected "say" to be text. Received: {value}.</source>
            <translation>se esperaba que "say" fuera texto. Recibido: {value}.</translation>
        </message>
        <message>
            <source>a condition with "{key}" takes only a list of conditions (and "say"). Received also: {extra}.</source>
            <translation>una condición con "{key}" solo admite una lista de condiciones (y "say"). También se recibió: {extra}.</translation>
        </message>
        <message>
            <source>expected "{key}" to be a list of at least one condition. Received: {value}.</source>
            <translation>se esperaba que "{key}" fuera una lista de al menos una condición. Recibido: {value}.</translation>
        </message>
        <message>
            <source>there is no check called {name}. Expected one of: {names}, or "all" / "any" with a list.</source>
            <translation>no hay ninguna comprobación llamada {name}. Se esperaba una de: {names}, o "all" / "any" con una lista.</translation>
        </message>
        <message>
            <source>the check "{check}" needs {keys}.</source>
            <translation>la comprobación "{check}" necesita {keys}.</translation>
        </message>
        <message>
            <source>the check "{check}" has no setting {key}. Expected some of: {keys}.</source>
            <translation>la comprobación "{check}" no tiene el ajuste {key}. Se esperaba alguno de: {keys}.</translation>
        </message>
        <message>
            <source>{goals}; and {goal}</source>
            <comment>goals that must all hold</comment>
            <translation>{goals}; y {goal}</translation>
        </message>
        <message>
            <source>{goals}; or {goal}</source>
            <comment>goals of which one must hold</comment>
            <translation>{goals}; o {goal}</translation>
        </message>
    </context>
    <context>
        <name>Lessons</name>
        <message>
            <source>There is no built-in lesson called {name} and no lesson file there. Expected a {suffix} file or one of: {ids}.</source>
            <extracomment>The built-in lessons in the order a class meets them, then the challenges.</extracomment>
            <translation>No hay ninguna lección incluida llamada {name} ni ningún archivo de lección en esa ruta. Se esperaba un archivo {suffix} o una de estas: {ids}.</translation>
        </message>
        <message>
            <source>the lesson kept in {project}</source>
            <translation>la lección guardada en {project}</translation>
        </message>
    </context>
    <context>
        <name>LessonsPanel</name>
        <message>
            <source>Your prediction</source>
            <extracomment>The same on a dark window.</extracomment>
            <translation>Tu predicción</translation>
        </message>
        <message>
            <source>Your answer to the question, before you train</source>
            <translation>Tu respuesta a la pregunta, antes de entrenar</translation>
        </message>
        <message>
            <source>Keep my answer</source>
            <translation>Guardar mi respuesta</translation>
        </message>
        <message>
            <source>Keep your answer; it is shown beside what happened at the end</source>
            <translation>Guarda tu respuesta; al final se muestra junto a lo que pasó</translation>
        </message>
        <message>
            <source>&lt;b&gt;Predict first:&lt;/b&gt; {question}</source>
            <extracomment>The choices asked, by their buttons' ids.</extracomment>
            <translation>&lt;b&gt;Primero, predice:&lt;/b&gt; {question}</translation>
        </message>
        <message>
            <source>Choose one answer first.</source>
            <translation>Primero elige una respuesta.</translation>
        </message>
        <message>
            <source>Close</source>
            <extracomment>(place) the step points at a part of the window ("palette", "results"...). The student closed the lesson (the project stays as it is). (text) a line for the status bar.</extracomment>
            <translation>Cerrar</translation>
        </message>
        <message>
            <source>Hide the lesson; the project keeps your progress (Learn → Continue the lesson)</source>
            <translation>Ocultar la lección; el proyecto guarda tu progreso (Aprender → Continuar la lección)</translation>
        </message>
        <message>
            <source>The step's text</source>
            <translation>El texto del paso</translation>
        </message>
        <message>
            <source>What this step explains and asks you to do</source>
            <translation>Lo que explica este paso y lo que te pide que hagas</translation>
        </message>
        <message>
            <source>Back</source>
            <translation>Atrás</translation>
        </message>
        <message>
            <source>Hint</source>
            <translation>Pista</translation>
        </message>
        <message>
            <source>Show me</source>
            <translation>Muéstramelo</translation>
        </message>
        <message>
            <source>Do this step's changes for you (Ctrl+Z undoes them)</source>
            <translation>Hacer por ti los cambios de este paso (Ctrl+Z los deshace)</translation>
        </message>
        <message>
            <source>Next</source>
            <translation>Siguiente</translation>
        </message>
        <message>
            <source>Back to the step before</source>
            <translation>Volver al paso anterior</translation>
        </message>
        <message>
            <source>Show one more hint for this step</source>
            <translation>Mostrar una pista más para este paso</translation>
        </message>
        <message>
            <source>On to the next step, once the goal is reached</source>
            <translation>Pasar al siguiente paso, cuando se haya cumplido el objetivo</translation>
        </message>
        <message>
            <source>Answer the question before you train.</source>
            <translation>Responde a la pregunta antes de entrenar.</translation>
        </message>
        <message>
            <source>Done!</source>
            <translation>¡Hecho!</translation>
        </message>
        <message>
            <source>Step {number} of {count}</source>
            <translation>Paso {number} de {count}</translation>
        </message>
        <message>
            <source>&lt;b&gt;Goal&lt;/b&gt;</source>
            <translation>&lt;b&gt;Objetivo&lt;/b&gt;</translation>
        </message>
        <message>
            <source>Hint ({count})</source>
            <translation>Pista ({count})</translation>
        </message>
        <message>
            <source>Finish</source>
            <translation>Terminar</translation>
        </message>
        <message>
            <source>On to the next step</source>
            <translation>Pasar al siguiente paso</translation>
        </message>
        <message>
            <source>Reach the goal first, then go on</source>
            <translation>Cumple primero el objetivo y luego sigue</translation>
        </message>
        <message>
            <source>Look at {place} ↗</source>
            <translation>Mira {place} ↗</translation>
        </message>
        <message>
            <source>&lt;b&gt;Locked:&lt;/b&gt; {setting} stays as it is: {reason}</source>
            <translation>&lt;b&gt;Bloqueado:&lt;/b&gt; este paso no permite cambiar {setting}: {reason}</translation>
        </message>
        <message>
            <source>&lt;b&gt;Hint {number}:&lt;/b&gt; {hint}</source>
            <translation>&lt;b&gt;Pista {number}:&lt;/b&gt; {hint}</translation>
        </message>
        <message>
            <source>&lt;h3&gt;Well done: you finished “{title}”.&lt;/h3&gt;&lt;ul&gt;{items}&lt;/ul&gt;&lt;p&gt;Save the project to keep it (and hand it in).&lt;/p&gt;</source>
            <translation>&lt;h3&gt;¡Bien hecho! Has terminado «{title}».&lt;/h3&gt;&lt;ul&gt;{items}&lt;/ul&gt;&lt;p&gt;Guarda el proyecto para conservarlo (y entregarlo).&lt;/p&gt;</translation>
        </message>
        <message>
            <source>Your prediction is kept. Now press Train to see what happens.</source>
            <translation>Tu predicción está guardada. Ahora pulsa Entrenar para ver qué pasa.</translation>
        </message>
        <message>
            <source>Show me cannot do this step: the lesson's own steps do not fit.</source>
            <translation>«Muéstramelo» no puede hacer este paso: los pasos propios de la lección no encajan.</translation>
        </message>
        <message>
            <source>Show me: step {number}</source>
            <translation>Muéstramelo: paso {number}</translation>
        </message>
        <message>
            <source>Done (Ctrl+Z undoes it). Now it is your turn: {actions}</source>
            <translation>Hecho (Ctrl+Z lo deshace). Ahora te toca a ti: {actions}</translation>
        </message>
        <message>
            <source>Done (Ctrl+Z undoes it).</source>
            <translation>Hecho (Ctrl+Z lo deshace).</translation>
        </message>
    </context>
    <context>
        <name>LessonsStart</name>
        <message>
            <source>Beginner</source>
            <translation>Principiante</translation>
        </message>
        <message>
            <source>Intermediate</source>
            <translation>Intermedio</translation>
        </message>
        <message>
            <source>Advanced</source>
            <translation>Avanzado</translation>
        </message>
        <message>
            <source>Welcome to nnstudio</source>
            <extracomment>What the student picked: a Lesson, "file" (open a lesson file), or None (just build).</extracomment>
            <translation>Te damos la bienvenida a nnstudio</translation>
        </message>
        <message>
            <source>&lt;h2&gt;Learn neural networks by building them&lt;/h2&gt;&lt;p&gt;Pick a lesson: each one builds a network step by step, with a goal that ticks as you go, hints when you are stuck, and a question before you train. A challenge gives you a goal and no recipe.&lt;/p&gt;</source>
            <translation>&lt;h2&gt;Aprende redes neuronales construyéndolas&lt;/h2&gt;&lt;p&gt;Elige una lección: cada una construye una red paso a paso, con un objetivo que se va marcando a medida que avanzas, pistas cuando te atascas y una pregunta antes de entrenar. Un reto te da un objetivo y ninguna receta.&lt;/p&gt;</translation>
        </message>
        <message>
            <source>Lessons and challenges</source>
            <translation>Lecciones y retos</translation>
        </message>
        <message>
            <source>Each with its level and minutes; press Enter or Start to begin the chosen one</source>
            <translation>Cada uno con su nivel y sus minutos; pulsa Intro o Empezar para comenzar el elegido</translation>
        </message>
        <message>
            <source>Level</source>
            <translation>Nivel</translation>
        </message>
        <message>
            <source>Minutes</source>
            <translation>Minutos</translation>
        </message>
        <message>
            <source>Lessons</source>
            <extracomment>The lessons in the order of their rows (the group rows are not lessons).</extracomment>
            <translation>Lecciones</translation>
        </message>
        <message>
            <source>Challenges</source>
            <translation>Retos</translation>
        </message>
        <message>
            <source>Challenge: </source>
            <comment>the start of a challenge's title (left out in the list)</comment>
            <translation>Reto: </translation>
        </message>
        <message>
            <source>Start</source>
            <translation>Empezar</translation>
        </message>
        <message>
            <source>Begin the chosen lesson in a new project</source>
            <translation>Empezar la lección elegida en un proyecto nuevo</translation>
        </message>
        <message>
            <source>Open a lesson file…</source>
            <translation>Abrir un archivo de lección…</translation>
        </message>
        <message>
            <source>A lesson or challenge a teacher wrote (.nnlesson)</source>
            <translation>Una lección o un reto escrito por un profesor (.nnlesson)</translation>
        </message>
        <message>
            <source>Just build</source>
            <translation>Solo construir</translation>
        </message>
        <message>
            <source>Close this page and build a network on your own</source>
            <translation>Cerrar esta página y construir una red por tu cuenta</translation>
        </message>
        <message numerus="yes">
            <source>&lt;b&gt;{heading}&lt;/b&gt; (%n step(s)): {summary}</source>
            <translation>
                <numerusform>&lt;b&gt;{heading}&lt;/b&gt; (%n paso): {summary}</numerusform>
                <numerusform>&lt;b&gt;{heading}&lt;/b&gt; (%n pasos): {summary}</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>MnistFiles</name>
        <message>
            <source>MNIST from the copy that comes with nnstudio ({path}), but its checksum does not match the original MNIST, so it may be changed.</source>
            <extracomment>SHA-256 of the raw bytes of x_train, y_train, x_test and y_test, concatenated in that order. One sentence for the user: where the data came from. The file or folder read; None for a download. "bundled", "keras-cache", "download", "npz" or "idx".</extracomment>
            <translation>MNIST de la copia que viene con nnstudio ({path}), pero su suma de comprobación no coincide con la del MNIST original, así que puede estar modificada.</translation>
        </message>
        <message>
            <source> or </source>
            <comment>between places</comment>
            <translation> o </translation>
        </message>
        <message>
            <source>MNIST could not be found: expected the copy that comes with nnstudio ({places}) or the Keras cache ({cache}), found neither, and downloading it failed ({error}); choose an MNIST .npz file or a folder of IDX files instead.</source>
            <translation>No se ha encontrado MNIST: se esperaba la copia que viene con nnstudio ({places}) o la caché de Keras ({cache}), no se ha encontrado ninguna de las dos y la descarga ha fallado ({error}); elige en su lugar un archivo .npz de MNIST o una carpeta con archivos IDX.</translation>
        </message>
        <message>
            <source>the downloaded MNIST</source>
            <comment>In {where}, x_train has shape …</comment>
            <translation>el MNIST descargado</translation>
        </message>
        <message>
            <source>MNIST from the copy that comes with nnstudio ({path}).</source>
            <translation>MNIST de la copia que viene con nnstudio ({path}).</translation>
        </message>
        <message>
            <source>MNIST from the Keras cache ({path}).</source>
            <translation>MNIST de la caché de Keras ({path}).</translation>
        </message>
        <message>
            <source>MNIST from the four IDX files in the folder {path}.</source>
            <translation>MNIST de los cuatro archivos IDX de la carpeta {path}.</translation>
        </message>
        <message>
            <source>MNIST from the file {path}.</source>
            <translation>MNIST del archivo {path}.</translation>
        </message>
        <message>
            <source>MNIST downloaded from the internet (from where Keras downloads it).</source>
            <translation>MNIST descargado de internet (de donde lo descarga Keras).</translation>
        </message>
        <message>
            <source>{path} is not a file but a pipe, a device or a socket: expected an MNIST .npz file or a folder holding the four MNIST IDX files.</source>
            <extracomment>Where ``keras.datasets.mnist.load_data()`` downloads MNIST from, and that file's SHA-256.</extracomment>
            <translation>{path} no es un archivo, sino una tubería, un dispositivo o un socket: se esperaba un archivo .npz de MNIST o una carpeta con los cuatro archivos IDX de MNIST.</translation>
        </message>
        <message>
            <source>{path} does not exist: expected an MNIST .npz file or a folder holding the four MNIST IDX files.</source>
            <translation>{path} no existe: se esperaba un archivo .npz de MNIST o una carpeta con los cuatro archivos IDX de MNIST.</translation>
        </message>
        <message>
            <source>{name} is not an MNIST file: expected an .npz file, a folder holding the four MNIST IDX files, or one of those files (such as train-images-idx3-ubyte.gz).</source>
            <translation>{name} no es un archivo de MNIST: se esperaba un archivo .npz, una carpeta con los cuatro archivos IDX de MNIST o uno de esos archivos (como train-images-idx3-ubyte.gz).</translation>
        </message>
    </context>
    <context>
        <name>ModelFile</name>
        <message>
            <source>Could not save {path}: {error}</source>
            <translation>No se ha podido guardar {path}: {error}</translation>
        </message>
        <message>
            <source>{name} is damaged: expected a trained network saved by Keras (a .keras file, which is a zip archive), but it could not be read ({error}).</source>
            <translation>{name} está dañado: se esperaba una red entrenada guardada por Keras (un archivo .keras, que es un archivo zip), pero no se ha podido leer ({error}).</translation>
        </message>
        <message>
            <source>{name} is damaged: expected a trained network saved by Keras (a .keras file, which is a zip archive), but it is empty.</source>
            <translation>{name} está dañado: se esperaba una red entrenada guardada por Keras (un archivo .keras, que es un archivo zip), pero está vacío.</translation>
        </message>
        <message>
            <source>{name} is damaged: expected a trained network saved by Keras (a .keras file, which is a zip archive), but its {size:,} bytes stop before the end of the archive (perhaps its saving was interrupted).</source>
            <translation>{name} está dañado: se esperaba una red entrenada guardada por Keras (un archivo .keras, que es un archivo zip), pero sus {size:,} bytes se acaban antes del final del archivo zip (quizá se interrumpió al guardarlo).</translation>
        </message>
        <message>
            <source>{name} is damaged: expected a trained network saved by Keras (a .keras file, which is a zip archive), but it is not a zip archive ({size:,} bytes of something else).</source>
            <translation>{name} está dañado: se esperaba una red entrenada guardada por Keras (un archivo .keras, que es un archivo zip), pero no es un archivo zip ({size:,} bytes de otra cosa).</translation>
        </message>
        <message>
            <source>{name} is damaged: expected a trained network saved by Keras (a .keras file, which is a zip archive), but its archive is broken ({error}).</source>
            <translation>{name} está dañado: se esperaba una red entrenada guardada por Keras (un archivo .keras, que es un archivo zip), pero el archivo zip está roto ({error}).</translation>
        </message>
        <message>
            <source>{name} is damaged: expected a trained network saved by Keras (a .keras file, which is a zip archive), but it is a zip archive, but it holds no Keras network (no config.json in it).</source>
            <translation>{name} está dañado: se esperaba una red entrenada guardada por Keras (un archivo .keras, que es un archivo zip), pero, aunque es un archivo zip, no contiene ninguna red de Keras (no hay ningún config.json dentro).</translation>
        </message>
        <message>
            <source>There is no trained network at {path}.</source>
            <translation>No hay ninguna red entrenada en {path}.</translation>
        </message>
    </context>
    <context>
        <name>NetworkAdvice</name>
        <message>
            <source>{first} and {second} have no activation between them.</source>
            <extracomment>Learning rates outside these (lowest, highest) are unusual for the optimizer. Weights per training example beyond which a network can memorise its examples. Datasets smaller than this are truth tables (XOR): memorising them is the point. Epochs from which training without validation is warned about. Hidden sigmoid or tanh layers from which the stack counts as deep. Weights from which a layer counts as very large. Dropout rates from this one on drop too much.</extracomment>
            <translation>{first} y {second} no tienen ninguna activación entre ellas.</translation>
        </message>
        <message>
            <source>{layer} comes after the output layer ({output}).</source>
            <translation>{layer} va después de la capa de salida ({output}).</translation>
        </message>
        <message>
            <source>{layer} gets a {shape} input, not a flat row of numbers.</source>
            <translation>{layer} recibe una entrada de forma {shape}, no una fila plana de números.</translation>
        </message>
        <message>
            <source>{layer} starts every weight at {value}.</source>
            <translation>En {layer}, todos los pesos empiezan en {value}.</translation>
        </message>
        <message>
            <source>{layer} has {count:,} weights and biases.</source>
            <translation>{layer} tiene {count:,} pesos y sesgos.</translation>
        </message>
        <message>
            <source>{layer} drops {rate:.0%} of its inputs at every step.</source>
            <translation>{layer} descarta el {rate:.0%} de sus entradas en cada paso.</translation>
        </message>
        <message numerus="yes">
            <source>%n hidden layer(s) use sigmoid or tanh, from {layer} on.</source>
            <translation>
                <numerusform>%n capa oculta usa sigmoid o tanh, a partir de {layer}.</numerusform>
                <numerusform>%n capas ocultas usan sigmoid o tanh, a partir de {layer}.</numerusform>
            </translation>
        </message>
        <message>
            <source>The network has no hidden layer between the inputs and the output.</source>
            <translation>La red no tiene ninguna capa oculta entre las entradas y la salida.</translation>
        </message>
        <message>
            <source>A learning rate of {rate:g} is very large for {optimizer} (usually {low:g} to {high:g}).</source>
            <translation>Una tasa de aprendizaje de {rate:g} es muy grande para {optimizer} (lo habitual es de {low:g} a {high:g}).</translation>
        </message>
        <message>
            <source>A learning rate of {rate:g} is very small for {optimizer} (usually {low:g} to {high:g}).</source>
            <translation>Una tasa de aprendizaje de {rate:g} es muy pequeña para {optimizer} (lo habitual es de {low:g} a {high:g}).</translation>
        </message>
        <message>
            <source>The loss is {loss}, but a softmax output chooses between classes.</source>
            <translation>La pérdida es {loss}, pero una salida softmax elige entre clases.</translation>
        </message>
        <message>
            <source>The digits' pixels go into the network as they are, from 0 to 255.</source>
            <translation>Los píxeles de los dígitos entran en la red tal cual, de 0 a 255.</translation>
        </message>
        <message>
            <source>The network has {weights:,} weights and biases to learn from {examples:,} training examples.</source>
            <translation>La red tiene {weights:,} pesos y sesgos que aprender a partir de {examples:,} ejemplos de entrenamiento.</translation>
        </message>
        <message numerus="yes">
            <source>%n epoch(s), and no examples held back for validation.</source>
            <translation>
                <numerusform>%n época y ningún ejemplo reservado para la validación.</numerusform>
                <numerusform>%n épocas y ningún ejemplo reservado para la validación.</numerusform>
            </translation>
        </message>
        <message>
            <source>A batch size of 1 means {steps:,} steps an epoch.</source>
            <translation>Un tamaño de lote de 1 significa {steps:,} pasos por época.</translation>
        </message>
    </context>
    <context>
        <name>NetworkAnalysis</name>
        <message>
            <source>{size:.1f} GB</source>
            <extracomment>"(None, 128)", or "?" while unknown. The numbers it outputs for one example (None while unknown). Bytes training needs for this layer at the batch size (None while unknown). Training steps in one epoch (None when the data is not known).</extracomment>
            <translation>{size:.1f} GB</translation>
        </message>
        <message>
            <source>{size:.1f} MB</source>
            <translation>{size:.1f} MB</translation>
        </message>
        <message>
            <source>{size:.1f} kB</source>
            <translation>{size:.1f} kB</translation>
        </message>
        <message numerus="yes">
            <source>%n byte(s)</source>
            <translation>
                <numerusform>%n byte</numerusform>
                <numerusform>%n bytes</numerusform>
            </translation>
        </message>
        <message>
            <source>Layer (type)</source>
            <extracomment>Seconds per training step (one batch), the compiling left out. Seconds from the start to the first finished step (building, compiling, data). Seconds an epoch's end costs beyond its steps (validation, bookkeeping), when the measurement saw one; 0 otherwise. The headings of the table the command line prints, like Keras's model.summary().</extracomment>
            <translation>Capa (tipo)</translation>
        </message>
        <message>
            <source>Output shape</source>
            <translation>Forma de salida</translation>
        </message>
        <message>
            <source>Outputs</source>
            <translation>Salidas</translation>
        </message>
        <message>
            <source>Param #</source>
            <translation>Parámetros</translation>
        </message>
        <message>
            <source>Memory</source>
            <translation>Memoria</translation>
        </message>
        <message>
            <source>Total params: {params:,} (trainable: {trainable:,}); estimated memory for training in batches of {batch}: {memory} (weights, their gradients and {slots} per weight, and every output kept for the backward pass)</source>
            <translation>Parámetros totales: {params:,} (entrenables: {trainable:,}); memoria estimada para entrenar en lotes de {batch}: {memory} (pesos, sus gradientes y {slots} por peso, y cada salida que se guarda para la pasada hacia atrás)</translation>
        </message>
        <message numerus="yes">
            <source>%n optimizer number(s)</source>
            <translation>
                <numerusform>%n número del optimizador</numerusform>
                <numerusform>%n números del optimizador</numerusform>
            </translation>
        </message>
        <message>
            <source>Measured on this computer: {step} a step ({timed}), so about {epoch} an epoch of {steps} and {run} for all {epochs} (starting up, once per run: {start}).</source>
            <translation>Medido en este ordenador: {step} por paso ({timed}), así que unos {epoch} por época de {steps} y {run} para {epochs} en total (al arrancar, una vez por ejecución: {start}).</translation>
        </message>
        <message numerus="yes">
            <source>%n step(s) timed</source>
            <translation>
                <numerusform>%n paso cronometrado</numerusform>
                <numerusform>%n pasos cronometrados</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{count:,} step(s)</source>
            <extracomment>{count:,} is the number with thousands separators.</extracomment>
            <translation>
                <numerusform>{count:,} paso</numerusform>
                <numerusform>{count:,} pasos</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n epoch(s)</source>
            <translation>
                <numerusform>%n época</numerusform>
                <numerusform>%n épocas</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>NeuronArithmetic</name>
        <message>
            <source>no activation: the output is z = {output}</source>
            <extracomment>Layers whose neurons each add up weighted inputs, so their arithmetic can be shown. Layers that pass numbers on without weights (their neurons are the pixels or values). The layer's Keras name, which is its name in the project (``dense``, ``dense_1``...). Its Keras class: "Dense", "Flatten", "Conv2D"... Its activation's name ("relu", "softmax", "linear"), or None if it has none. What came out for the example (no batch axis). A Dense layer's weights (inputs, units) and biases (units,); None for other kinds. A Dense layer without biases gets zeros. The example as the network saw it (preprocessed, no batch axis). The layer's name and the neuron's index in it. What came into the neuron and the weight on each. The weighted sum, computed here from the numbers above. What the neuron put out, as the network computed it. For softmax: the whole layer's sums, since each probability needs all of them. Up to this many inputs the sum is written on one line; up to EVERY_TERM, a line per input.</extracomment>
            <translation>sin activación: la salida es z = {output}</translation>
        </message>
        <message>
            <source>softmax: e^{z} divided by the sum of e^z over all {outputs} outputs = {value} (the network says {share:.1%})</source>
            <translation>softmax: e^{z} dividido entre la suma de e^z de las {outputs} salidas = {value} (la red dice {share:.1%})</translation>
        </message>
        <message>
            <source>z = each weight × its input, added up, plus the bias:</source>
            <translation>z = cada peso × su entrada, todo sumado, más el sesgo:</translation>
        </message>
        <message>
            <source>z = the sum of {count} weights × their inputs, plus the bias</source>
            <translation>z = la suma de {count} pesos × sus entradas, más el sesgo</translation>
        </message>
        <message>
            <source>the other {count} inputs together: {sum}</source>
            <translation>las otras {count} entradas juntas: {sum}</translation>
        </message>
        <message>
            <source>bias: {bias}</source>
            <translation>sesgo: {bias}</translation>
        </message>
        <message>
            <source>pixel (row {row}, column {column})</source>
            <translation>píxel (fila {row}, columna {column})</translation>
        </message>
        <message>
            <source>the layer before neuron {number}</source>
            <translation>neurona {number} de la capa anterior</translation>
        </message>
        <message>
            <source>{layer} neuron {number}</source>
            <translation>{layer}, neurona {number}</translation>
        </message>
    </context>
    <context>
        <name>Palette</name>
        <message>
            <source>Drag a layer into the stack, or double-click it (or press Enter).</source>
            <extracomment>Where each entry keeps its kind name (group headings have none).</extracomment>
            <translation>Arrastra una capa a la pila o haz doble clic en ella (o pulsa Intro).</translation>
        </message>
        <message>
            <source>Layer palette</source>
            <translation>Paleta de capas</translation>
        </message>
        <message>
            <source>Layer kinds. Press Enter to insert the current one below the selected layer.</source>
            <translation>Tipos de capas. Pulsa Intro para insertar el actual debajo de la capa seleccionada.</translation>
        </message>
    </context>
    <context>
        <name>Paths</name>
        <message>
            <source>a file</source>
            <extracomment>The longest folder or file name most file systems allow (255 bytes on Linux and macOS, 255 characters on Windows).</extracomment>
            <translation>un archivo</translation>
        </message>
        <message>
            <source>The path {path} is too long for this computer: expected each folder or file name in it to be at most {most} characters, found one of {found}.</source>
            <translation>La ruta {path} es demasiado larga para este ordenador: se esperaba que cada nombre de carpeta o de archivo tuviera como mucho {most} caracteres, pero hay uno de {found}.</translation>
        </message>
        <message>
            <source>The path {path} is too long for this computer ({length} characters): expected a shorter one, found the error 'File name too long'.</source>
            <translation>La ruta {path} es demasiado larga para este ordenador ({length} caracteres): se esperaba una más corta; se obtuvo el error 'File name too long'.</translation>
        </message>
        <message>
            <source>Could not use {path}: expected a file or folder that can be opened, found the error '{error}'.</source>
            <translation>No se ha podido usar {path}: se esperaba un archivo o una carpeta que se pudiera abrir; se obtuvo el error '{error}'.</translation>
        </message>
    </context>
    <context>
        <name>PreprocessData</name>
        <message>
            <source>The preprocessing must be one of {methods}: found {method!r}.</source>
            <extracomment>The function for each name in ``catalog.PREPROCESSING``.</extracomment>
            <translation>El preprocesamiento tiene que ser uno de estos: {methods}; se encontró {method!r}.</translation>
        </message>
        <message>
            <source>The labels run from {lowest} to {highest}: expected class numbers 0 to {last} for {classes} classes.</source>
            <translation>Las etiquetas van de {lowest} a {highest}: se esperaban números de clase de 0 a {last} para {classes} clases.</translation>
        </message>
        <message>
            <source>A single output unit can only answer yes or no: expected 2 classes, found {classes}; give the last layer {classes} units instead.</source>
            <translation>Una sola neurona de salida solo puede responder sí o no: se esperaban 2 clases y hay {classes}; dale a la última capa {classes} neuronas.</translation>
        </message>
    </context>
    <context>
        <name>ProblemList</name>
        <message>
            <source>Problems</source>
            <extracomment>Advice's dot: blue, neither the red of a problem nor the orange of a warning. A problem in a settings section ("compile", "data", "train") was activated.</extracomment>
            <translation>Problemas</translation>
        </message>
        <message>
            <source>What stops the network from training, and advice; activate one to go where it is.</source>
            <translation>Lo que impide entrenar la red, y consejos; activa uno para ir a donde está.</translation>
        </message>
        <message>
            <source>Advice: {message} {try_this}</source>
            <translation>Consejo: {message} {try_this}</translation>
        </message>
        <message>
            <source>{message}

Why: {why}

Try: {try_this}</source>
            <translation>{message}

Por qué: {why}

Prueba: {try_this}</translation>
        </message>
        <message numerus="yes">
            <source>No problems: the network can train. %n piece(s) of advice below.</source>
            <translation>
                <numerusform>No hay problemas: la red puede entrenarse. Abajo tienes %n consejo.</numerusform>
                <numerusform>No hay problemas: la red puede entrenarse. Abajo tienes %n consejos.</numerusform>
            </translation>
        </message>
        <message>
            <source>No problems: the network is ready to train.</source>
            <translation>No hay problemas: la red está lista para entrenar.</translation>
        </message>
        <message>
            <source>{problems} and {warnings}. Click one to see where it is.</source>
            <translation>{problems} y {warnings}. Haz clic en uno para ver dónde está.</translation>
        </message>
        <message numerus="yes">
            <source>%n problem(s) to fix before training</source>
            <translation>
                <numerusform>%n problema que resolver antes de entrenar</numerusform>
                <numerusform>%n problemas que resolver antes de entrenar</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n warning(s)</source>
            <translation>
                <numerusform>%n aviso</numerusform>
                <numerusform>%n avisos</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n problem(s) to fix before training. Click one to see where it is.</source>
            <translation>
                <numerusform>%n problema que resolver antes de entrenar. Haz clic en él para ver dónde está.</numerusform>
                <numerusform>%n problemas que resolver antes de entrenar. Haz clic en uno para ver dónde está.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n warning(s). Click one to see where it is.</source>
            <translation>
                <numerusform>%n aviso. Haz clic en él para ver dónde está.</numerusform>
                <numerusform>%n avisos. Haz clic en uno para ver dónde está.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ProjectFile</name>
        <message>
            <source>the project file</source>
            <extracomment>MIGRATIONS[n] turns a file's dict at schema version n into one at version n + 1.</extracomment>
            <translation>el archivo del proyecto</translation>
        </message>
        <message>
            <source>{source}: {problem}</source>
            <translation>{source}: {problem}</translation>
        </message>
        <message>
            <source>Project files of schema version {version} can no longer be read by this nnstudio: expected version {oldest} or later, found {version}.</source>
            <translation>Esta versión de nnstudio ya no puede leer archivos de proyecto con la versión de esquema {version}: se esperaba la versión {oldest} o posterior, pero se encontró la {version}.</translation>
        </message>
    </context>
    <context>
        <name>RestoreNetwork</name>
        <message>
            <source>{file} could not be read as a trained Keras network ({error}).</source>
            <extracomment>The test results recorded when it was trained.</extracomment>
            <translation>No se ha podido leer {file} como una red de Keras entrenada ({error}).</translation>
        </message>
        <message>
            <source>{file} takes inputs of shape {shape}, but the project's data has shape {data_shape}: it was trained on other data.</source>
            <translation>{file} recibe entradas de forma {shape}, pero los datos del proyecto tienen forma {data_shape}: se entrenó con otros datos.</translation>
        </message>
    </context>
    <context>
        <name>Results</name>
        <message>
            <source>Train the network to see how it does on the test data.</source>
            <extracomment>The gallery shows at most this many examples; the title says how many more there are. Each digit in the gallery is drawn this many screen pixels per pixel. Table rows show at most this many numbers of their inputs.</extracomment>
            <translation>Entrena la red para ver qué tal le va con los datos de prueba.</translation>
        </message>
        <message>
            <source>Test accuracy</source>
            <extracomment>A test example was double-clicked (or chosen with Enter) in the gallery: its index in the test set. The test-set indices the gallery shows, in order.</extracomment>
            <translation>Precisión de prueba</translation>
        </message>
        <message>
            <source>Confusion matrix</source>
            <translation>Matriz de confusión</translation>
        </message>
        <message>
            <source>Train the network to see how it does on the test data</source>
            <translation>Entrena la red para ver qué tal le va con los datos de prueba</translation>
        </message>
        <message>
            <source>Rows are the true classes, columns what the network answered.</source>
            <translation>Las filas son las clases reales; las columnas, lo que respondió la red.</translation>
        </message>
        <message>
            <source>Most confident first</source>
            <extracomment>Which examples the gallery lists: every mistake (None) or a cell (true, predicted).</extracomment>
            <translation>Primero los más seguros</translation>
        </message>
        <message>
            <source>Least confident first</source>
            <translation>Primero los menos seguros</translation>
        </message>
        <message>
            <source>The examples in the order of how sure the network was of its answer: the most confident first (a confident mistake is the strangest), or the least confident first (where it hesitated).</source>
            <translation>Los ejemplos ordenados según lo segura que estaba la red de su respuesta: primero los más seguros (un error muy seguro es lo más curioso) o primero los menos seguros (donde dudó).</translation>
        </message>
        <message>
            <source>Order of the examples</source>
            <translation>Orden de los ejemplos</translation>
        </message>
        <message>
            <source>Show all mistakes</source>
            <translation>Mostrar todos los errores</translation>
        </message>
        <message>
            <source>Show the wrongly answered test examples again.</source>
            <translation>Volver a mostrar los ejemplos de prueba con respuesta equivocada.</translation>
        </message>
        <message>
            <source>Show the next examples in the list below.</source>
            <extracomment>The gallery shows at most GALLERY_LIMIT examples at a time; this shows the next ones.</extracomment>
            <translation>Mostrar los siguientes ejemplos de la lista de abajo.</translation>
        </message>
        <message>
            <source>Show more examples</source>
            <translation>Mostrar más ejemplos</translation>
        </message>
        <message>
            <source>Test examples</source>
            <translation>Ejemplos de prueba</translation>
        </message>
        <message>
            <source>The test examples of the chosen cell; activate one to follow it inside the network</source>
            <translation>Los ejemplos de prueba de la celda elegida; activa uno para seguirlo dentro de la red</translation>
        </message>
        <message>
            <source>Columns: what the network answered (predicted) →</source>
            <translation>Columnas: lo que respondió la red (predicción) →</translation>
        </message>
        <message>
            <source>Test accuracy {accuracy:.2%} — {right:,} of {total:,} test digits right</source>
            <translation>Precisión de prueba {accuracy:.2%} — {right:,} de {total:,} dígitos de prueba acertados</translation>
        </message>
        <message>
            <source>Test accuracy {accuracy:.2%} — {right:,} of {total:,} test pictures right</source>
            <translation>Precisión de prueba {accuracy:.2%} — {right:,} de {total:,} imágenes de prueba acertadas</translation>
        </message>
        <message>
            <source>Test accuracy {accuracy:.2%} — {right:,} of {total:,} test rows right</source>
            <translation>Precisión de prueba {accuracy:.2%} — {right:,} de {total:,} filas de prueba acertadas</translation>
        </message>
        <message>
            <source>Test loss {loss:.4g} (lower is better). Keras measured it on the same test data.</source>
            <translation>Pérdida de prueba {loss:.4g} (cuanto más baja, mejor). Keras la midió con los mismos datos de prueba.</translation>
        </message>
        <message>
            <source>Each row is a true digit; each column is what the network answered. The diagonal is right. Click a cell to see those test examples.</source>
            <translation>Cada fila es un dígito real; cada columna, lo que respondió la red. La diagonal son los aciertos. Haz clic en una celda para ver esos ejemplos de prueba.</translation>
        </message>
        <message>
            <source>Each row is a true class; each column is what the network answered. The diagonal is right. Click a cell to see those test examples.</source>
            <translation>Cada fila es una clase real; cada columna, lo que respondió la red. La diagonal son los aciertos. Haz clic en una celda para ver esos ejemplos de prueba.</translation>
        </message>
        <message>
            <source>It got every one of the {total:,} test digits right.</source>
            <translation>Ha acertado todos y cada uno de los {total:,} dígitos de prueba.</translation>
        </message>
        <message>
            <source>It got every one of the {total:,} test pictures right.</source>
            <translation>Ha acertado todas y cada una de las {total:,} imágenes de prueba.</translation>
        </message>
        <message>
            <source>It got every one of the {total:,} test rows right.</source>
            <translation>Ha acertado todas y cada una de las {total:,} filas de prueba.</translation>
        </message>
        <message>
            <source>The one test digit it got wrong</source>
            <translation>El único dígito de prueba que ha fallado</translation>
        </message>
        <message>
            <source>The one test picture it got wrong</source>
            <translation>La única imagen de prueba que ha fallado</translation>
        </message>
        <message>
            <source>The one test row it got wrong</source>
            <translation>La única fila de prueba que ha fallado</translation>
        </message>
        <message>
            <source>The {count:,} test digits it got wrong, the most confident mistakes first</source>
            <translation>Los {count:,} dígitos de prueba que ha fallado, primero los errores más seguros</translation>
        </message>
        <message>
            <source>The {count:,} test pictures it got wrong, the most confident mistakes first</source>
            <translation>Las {count:,} imágenes de prueba que ha fallado, primero los errores más seguros</translation>
        </message>
        <message>
            <source>The {count:,} test rows it got wrong, the most confident mistakes first</source>
            <translation>Las {count:,} filas de prueba que ha fallado, primero los errores más seguros</translation>
        </message>
        <message>
            <source>The {count:,} test digits it got wrong, the least confident mistakes first</source>
            <translation>Los {count:,} dígitos de prueba que ha fallado, primero los errores menos seguros</translation>
        </message>
        <message>
            <source>The {count:,} test pictures it got wrong, the least confident mistakes first</source>
            <translation>Las {count:,} imágenes de prueba que ha fallado, primero los errores menos seguros</translation>
        </message>
        <message>
            <source>The {count:,} test rows it got wrong, the least confident mistakes first</source>
            <translation>Las {count:,} filas de prueba que ha fallado, primero los errores menos seguros</translation>
        </message>
        <message>
            <source>True {true}, answered {answered} (right): no examples</source>
            <translation>Real {true}, respuesta {answered} (acierto): ningún ejemplo</translation>
        </message>
        <message numerus="yes">
            <source>True {true}, answered {answered} (right): {count:,} example(s)</source>
            <translation>
                <numerusform>Real {true}, respuesta {answered} (acierto): {count:,} ejemplo</numerusform>
                <numerusform>Real {true}, respuesta {answered} (acierto): {count:,} ejemplos</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>True {true}, answered {answered} (right): {count:,} example(s), the most confident first</source>
            <translation>
                <numerusform>Real {true}, respuesta {answered} (acierto): {count:,} ejemplo, primero los más seguros</numerusform>
                <numerusform>Real {true}, respuesta {answered} (acierto): {count:,} ejemplos, primero los más seguros</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>True {true}, answered {answered} (right): {count:,} example(s), the least confident first</source>
            <translation>
                <numerusform>Real {true}, respuesta {answered} (acierto): {count:,} ejemplo, primero los menos seguros</numerusform>
                <numerusform>Real {true}, respuesta {answered} (acierto): {count:,} ejemplos, primero los menos seguros</numerusform>
            </translation>
        </message>
        <message>
            <source>True {true}, answered {answered}: no examples</source>
            <translation>Real {true}, respuesta {answered}: ningún ejemplo</translation>
        </message>
        <message numerus="yes">
            <source>True {true}, answered {answered}: {count:,} example(s)</source>
            <translation>
                <numerusform>Real {true}, respuesta {answered}: {count:,} ejemplo</numerusform>
                <numerusform>Real {true}, respuesta {answered}: {count:,} ejemplos</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>True {true}, answered {answered}: {count:,} example(s), the most confident first</source>
            <translation>
                <numerusform>Real {true}, respuesta {answered}: {count:,} ejemplo, primero los más seguros</numerusform>
                <numerusform>Real {true}, respuesta {answered}: {count:,} ejemplos, primero los más seguros</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>True {true}, answered {answered}: {count:,} example(s), the least confident first</source>
            <translation>
                <numerusform>Real {true}, respuesta {answered}: {count:,} ejemplo, primero los menos seguros</numerusform>
                <numerusform>Real {true}, respuesta {answered}: {count:,} ejemplos, primero los menos seguros</numerusform>
            </translation>
        </message>
        <message>
            <source>{title} (the first {shown:,} shown; {more:,} more not shown)</source>
            <translation>{title} (se muestran {shown:,}; {more:,} más no se muestran)</translation>
        </message>
        <message>
            <source>Show {count:,} more</source>
            <translation>Mostrar {count:,} más</translation>
        </message>
        <message>
            <source>Test example {index:,}: the network answered {answer} ({sure} sure); the right answer is {true}.</source>
            <translation>Ejemplo de prueba {index:,}: la red respondió {answer} (segura al {sure}); la respuesta correcta es {true}.</translation>
        </message>
        <message>
            <source>x = {inputs} → answered {answer} ({sure}), true {true}</source>
            <translation>x = {inputs} → respuesta {answer} ({sure}), real {true}</translation>
        </message>
        <message>
            <source>answered {answer} ({sure})
true {true}</source>
            <translation>respuesta {answer} ({sure})
real {true}</translation>
        </message>
        <message numerus="yes">
            <source>{values}, … %n number(s)</source>
            <translation>
                <numerusform>{values}, … %n número</numerusform>
                <numerusform>{values}, … %n números</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>SettingsPanels</name>
        <message>
            <source>Loss</source>
            <translation>Pérdida</translation>
        </message>
        <message>
            <source>The loss measures how wrong the network's answers are; training changes the weights to make it smaller.</source>
            <translation>La pérdida mide cuánto se equivocan las respuestas de la red; el entrenamiento cambia los pesos para hacerla más pequeña.</translation>
        </message>
        <message>
            <source>Optimizer</source>
            <translation>Optimizador</translation>
        </message>
        <message>
            <source>The optimizer decides how the weights change after each batch to lower the loss.</source>
            <translation>El optimizador decide cómo cambian los pesos después de cada lote para bajar la pérdida.</translation>
        </message>
        <message>
            <source>Dataset</source>
            <translation>Conjunto de datos</translation>
        </message>
        <message>
            <source>The examples the network learns from, and tests on.</source>
            <translation>Los ejemplos con los que la red aprende y con los que se prueba.</translation>
        </message>
        <message>
            <source>Preprocessing</source>
            <translation>Preprocesamiento</translation>
        </message>
        <message>
            <source>How the numbers are rescaled before training; networks learn best from small numbers.</source>
            <translation>Cómo se reescalan los números antes del entrenamiento; las redes aprenden mejor con números pequeños.</translation>
        </message>
        <message>
            <source>Extra scores reported while training and testing; they do not change how the network learns.</source>
            <translation>Puntuaciones extra que se muestran durante el entrenamiento y la prueba; no cambian cómo aprende la red.</translation>
        </message>
        <message>
            <source>Optional: an MNIST .npz file, or a folder holding the four MNIST IDX files. Empty uses the copy that comes with nnstudio.</source>
            <translation>Opcional: un archivo .npz de MNIST o una carpeta con los cuatro archivos IDX de MNIST. Si se deja vacío, se usa la copia que viene con nnstudio.</translation>
        </message>
        <message>
            <source>A CSV file: a header row naming the columns, then one example per row.</source>
            <translation>Un archivo CSV: una fila de encabezado con los nombres de las columnas y luego un ejemplo por fila.</translation>
        </message>
        <message>
            <source>empty: nnstudio's own copy</source>
            <translation>vacío: la copia propia de nnstudio</translation>
        </message>
        <message>
            <source>choose a .csv file</source>
            <translation>elige un archivo .csv</translation>
        </message>
        <message>
            <source>The column that holds each row's answer (its class); all the other columns are the features the network reads.</source>
            <translation>La columna que contiene la respuesta de cada fila (su clase); todas las demás columnas son las características que lee la red.</translation>
        </message>
        <message>
            <source>Locked in this step: {reason}</source>
            <extracomment>The field of each setting, by the name validation problems use. Problems of this section that belong to no field shown here.</extracomment>
            <translation>Bloqueado en este paso: {reason}</translation>
        </message>
        <message>
            <source>Metrics</source>
            <extracomment>The fields of the current optimizer's settings, by name.</extracomment>
            <translation>Métricas</translation>
        </message>
        <message>
            <source>{metric} (not known)</source>
            <translation>{metric} (desconocida)</translation>
        </message>
        <message>
            <source>Settings of {optimizer}:</source>
            <translation>Ajustes de {optimizer}:</translation>
        </message>
        <message>
            <source>Where the data comes from</source>
            <translation>De dónde vienen los datos</translation>
        </message>
        <message>
            <source>File</source>
            <extracomment>The columns of the chosen CSV file, and why the chosen file cannot be used.</extracomment>
            <translation>Archivo</translation>
        </message>
        <message>
            <source>Browse…</source>
            <translation>Examinar…</translation>
        </message>
        <message>
            <source>Choose the file on this computer.</source>
            <translation>Elegir el archivo en este ordenador.</translation>
        </message>
        <message>
            <source>Folder…</source>
            <translation>Carpeta…</translation>
        </message>
        <message>
            <source>Choose a folder holding the four MNIST IDX files.</source>
            <translation>Elegir una carpeta con los cuatro archivos IDX de MNIST.</translation>
        </message>
        <message>
            <source>Choose an MNIST file</source>
            <translation>Elegir un archivo de MNIST</translation>
        </message>
        <message>
            <source>MNIST files (*.npz *-ubyte *.gz);;All files (*)</source>
            <translation>Archivos de MNIST (*.npz *-ubyte *.gz);;Todos los archivos (*)</translation>
        </message>
        <message>
            <source>Choose a CSV file</source>
            <translation>Elegir un archivo CSV</translation>
        </message>
        <message>
            <source>CSV files (*.csv *.txt);;All files (*)</source>
            <translation>Archivos CSV (*.csv *.txt);;Todos los archivos (*)</translation>
        </message>
        <message>
            <source>Choose a folder of MNIST IDX files</source>
            <translation>Elegir una carpeta de archivos IDX de MNIST</translation>
        </message>
        <message>
            <source>Label column</source>
            <translation>Columna de etiqueta</translation>
        </message>
        <message>
            <source>Choose the label column…</source>
            <translation>Elegir la columna de etiqueta…</translation>
        </message>
        <message>
            <source>Choose a readable CSV file first</source>
            <translation>Primero elige un archivo CSV legible</translation>
        </message>
        <message>
            <source>{column} (not in the file)</source>
            <translation>{column} (no está en el archivo)</translation>
        </message>
        <message>
            <source>File (optional)</source>
            <translation>Archivo (opcional)</translation>
        </message>
        <message>
            <source>The data could not be read: {error}</source>
            <translation>No se pudieron leer los datos: {error}</translation>
        </message>
    </context>
    <context>
        <name>Shapes</name>
        <message>
            <source>its kernel of {window}x{window} is bigger than the {height}x{width} picture it receives. Expected a kernel of at most {most}, or padding 'same'.</source>
            <extracomment>These sentences follow a layer's title and a colon, so they start in lower case: "Layer 3 (Conv2D): its kernel of 5x5 ...".</extracomment>
            <translation>su filtro de {window}x{window} es más grande que la imagen de {height}x{width} que recibe. Se esperaba un filtro de como mucho {most}, o el relleno 'same'.</translation>
        </message>
        <message>
            <source>its pool size of {window}x{window} is bigger than the {height}x{width} picture it receives. Expected a pool size of at most {most}, or padding 'same'.</source>
            <translation>su ventana de {window}x{window} es más grande que la imagen de {height}x{width} que recibe. Se esperaba una ventana de como mucho {most}, o el relleno 'same'.</translation>
        </message>
        <message>
            <source>Put a Reshape layer to {shape} before it.</source>
            <translation>Pon antes una capa Reshape a {shape}.</translation>
        </message>
        <message>
            <source>Put a Reshape layer before it that joins the last two axes.</source>
            <translation>Pon antes una capa Reshape que junte los dos últimos ejes.</translation>
        </message>
        <message numerus="yes">
            <source>it needs {words}, that is %n number(s) per shape. Received: {shape}.</source>
            <extracomment>(settings, input shape) -&gt; output shape; raises ShapeError when the input does not fit. (settings, input shape) -&gt; (all weights and biases, those that training changes). Keyed by ``LayerKind.shape_rule`` in the catalog. Keyed by ``LayerKind.count_rule`` in the catalog.</extracomment>
            <translation>
                <numerusform>necesita {words}, es decir, %n número por forma. Se recibió: {shape}.</numerusform>
                <numerusform>necesita {words}, es decir, %n números por forma. Se recibió: {shape}.</numerusform>
            </translation>
        </message>
        <message>
            <source>nnstudio does not know how to connect a {kind} layer.</source>
            <translation>nnstudio no sabe cómo conectar una capa {kind}.</translation>
        </message>
        <message numerus="yes">
            <source>its target shape {target} cannot hold the %n number(s) it receives from {shape}.</source>
            <translation>
                <numerusform>su forma de destino {target} no puede contener el %n número que recibe de {shape}.</numerusform>
                <numerusform>su forma de destino {target} no puede contener los %n números que recibe de {shape}.</numerusform>
            </translation>
        </message>
        <message>
            <source>its target shape {target} holds {numbers}, but it receives {size} ({shape}). Expected shapes whose sizes multiply to {size}.</source>
            <translation>su forma de destino {target} contiene {numbers}, pero recibe {size} ({shape}). Se esperaban formas cuyos tamaños multiplicados den {size}.</translation>
        </message>
        <message numerus="yes">
            <source>%n number(s)</source>
            <translation>
                <numerusform>%n número</numerusform>
                <numerusform>%n números</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ShippedFiles</name>
        <message>
            <source>The file {name} that comes with nnstudio is missing: expected it in one of {places}, found it in none (reinstalling nnstudio brings it back).</source>
            <translation>Falta el archivo {name} que viene con nnstudio: se esperaba en uno de estos lugares: {places}, pero no está en ninguno (si reinstalas nnstudio, vuelve a estar).</translation>
        </message>
    </context>
    <context>
        <name>ShowMe</name>
        <message>
            <source>expected "insert" to be a layer with a known "kind". Received: {value}.</source>
            <translation>se esperaba que "insert" fuera una capa con un "kind" conocido. Recibido: {value}.</translation>
        </message>
        <message>
            <source>the layer to insert is wrong: {problem}.</source>
            <translation>la capa que hay que insertar está mal: {problem}.</translation>
        </message>
        <message>
            <source>expected "at" to be a layer number from 1. Received: {value}.</source>
            <translation>se esperaba que "at" fuera un número de capa a partir de 1. Recibido: {value}.</translation>
        </message>
        <message>
            <source>expected "remove" to be a layer number from 1. Received: {value}.</source>
            <translation>se esperaba que "remove" fuera un número de capa a partir de 1. Recibido: {value}.</translation>
        </message>
        <message>
            <source>expected "do" to be one of: {actions}. Received: {value}.</source>
            <translation>se esperaba que "do" fuera uno de: {actions}. Recibido: {value}.</translation>
        </message>
        <message>
            <source>expected an action with "insert" (and "at"), "remove", "set" and "to", or "do". Received: {value}.</source>
            <translation>se esperaba una acción con "insert" (y "at"), "remove", "set" y "to", o "do". Recibido: {value}.</translation>
        </message>
        <message>
            <source>expected "set" to name a setting: layers.N.setting, compile.loss, compile.optimizer, optimizer.setting, data.setting or train.setting. Received: {value}.</source>
            <translation>se esperaba que "set" nombrara un ajuste: layers.N.setting, compile.loss, compile.optimizer, optimizer.setting, data.setting o train.setting. Recibido: {value}.</translation>
        </message>
        <message>
            <source>Insert a {kind} layer as layer {number}.</source>
            <translation>Inserta una capa {kind} como capa {number}.</translation>
        </message>
        <message>
            <source>Insert a {kind} layer at the end.</source>
            <translation>Inserta una capa {kind} al final.</translation>
        </message>
        <message>
            <source>Remove layer {number}.</source>
            <translation>Quita la capa {number}.</translation>
        </message>
        <message>
            <source>Set {setting} to {value}.</source>
            <translation>Pon {setting} en {value}.</translation>
        </message>
    </context>
    <context>
        <name>Spec</name>
        <message>
            <source>training run {number}</source>
            <extracomment>Empty means "name it automatically" (dense, dense_1, ...). A file or folder chosen by the user: an MNIST .npz or IDX folder, or a CSV file. For CSV files: the name of the column that holds the label. For CSV files: leave out rows with a missing value instead of refusing the file. When it ended, as an ISO 8601 date and time. "completed", "stopped", "nan" or "error". Loss and metrics on the test data. Per-epoch loss and metrics, as Keras's ``History.history``. The trained model saved beside the project (a .keras file name), if it was. The settings it trained with (``nnstudio.core.compare.settings_of``): layers, compile, data and training. None for a run kept by an nnstudio that did not record them. Its replay saved beside the project (a .replay.npz file name), if it was. Phrases like this one name a part of a project file; they are put into sentences such as "Expected {what} to be text. Received: {received}."</extracomment>
            <translation>la ejecución de entrenamiento {number}</translation>
        </message>
        <message>
            <source>training run {number}'s time</source>
            <translation>el tiempo de la ejecución de entrenamiento {number}</translation>
        </message>
        <message>
            <source>training run {number}'s reason</source>
            <translation>el motivo de la ejecución de entrenamiento {number}</translation>
        </message>
        <message>
            <source>training run {number}'s message</source>
            <translation>el mensaje de la ejecución de entrenamiento {number}</translation>
        </message>
        <message>
            <source>training run {number}'s model file</source>
            <translation>el archivo del modelo de la ejecución de entrenamiento {number}</translation>
        </message>
        <message>
            <source>training run {number}'s replay file</source>
            <translation>el archivo de repetición de la ejecución de entrenamiento {number}</translation>
        </message>
        <message>
            <source>training run {number}: expected 'epochs_done' to be a whole number. Received: {received}.</source>
            <translation>ejecución de entrenamiento {number}: se esperaba que 'epochs_done' fuera un número entero. Se recibió: {received}.</translation>
        </message>
        <message>
            <source>training run {number}: expected 'train_seconds' to be a number. Received: {received}.</source>
            <translation>ejecución de entrenamiento {number}: se esperaba que 'train_seconds' fuera un número. Se recibió: {received}.</translation>
        </message>
        <message>
            <source>training run {number}'s settings</source>
            <translation>los ajustes de la ejecución de entrenamiento {number}</translation>
        </message>
        <message>
            <source>training run {number}'s test results</source>
            <translation>los resultados de prueba de la ejecución de entrenamiento {number}</translation>
        </message>
        <message>
            <source>training run {number}'s test {key}</source>
            <translation>el valor de prueba {key} de la ejecución de entrenamiento {number}</translation>
        </message>
        <message>
            <source>training run {number}'s history</source>
            <translation>el historial de la ejecución de entrenamiento {number}</translation>
        </message>
        <message>
            <source>training run {number}: expected the history of {key} to be a list of numbers. Received: {received}.</source>
            <translation>ejecución de entrenamiento {number}: se esperaba que el historial de {key} fuera una lista de números. Se recibió: {received}.</translation>
        </message>
        <message>
            <source>training run {number}'s {key}</source>
            <translation>el valor {key} de la ejecución de entrenamiento {number}</translation>
        </message>
        <message>
            <source>the lesson progress</source>
            <extracomment>A project keeps the history of this many of its latest runs. The lesson's id (``nnstudio.lessons``), and its title for anyone reading the file. The step the student is on (counted from 0) and whether they reached the end. Per step: hints shown, runs finished (attempts), and whether its goal held when the student went on. Per prediction id: {"answer", "step", "before", "outcome"}. What the student did during the current step ("train", "results"...), and during the whole lesson (what a grade looks at). When the lesson began (ISO 8601) and the seconds spent on it with the window open. A teacher's lesson, as its file held it, so the project opens it without the file; None for a built-in one.</extracomment>
            <translation>el progreso de la lección</translation>
        </message>
        <message>
            <source>the lesson progress has an unknown entry. Expected some of: {names}. Received: {received}.</source>
            <translation>el progreso de la lección tiene una entrada desconocida. Se esperaba alguna de estas: {names}. Se recibió: {received}.</translation>
        </message>
        <message>
            <source>the lesson progress's lesson</source>
            <translation>la lección del progreso de la lección</translation>
        </message>
        <message>
            <source>the lesson progress's title</source>
            <translation>el título del progreso de la lección</translation>
        </message>
        <message>
            <source>the lesson progress's start</source>
            <translation>el inicio del progreso de la lección</translation>
        </message>
        <message>
            <source>the lesson progress's step</source>
            <translation>el paso del progreso de la lección</translation>
        </message>
        <message>
            <source>the lesson progress's time</source>
            <translation>el tiempo del progreso de la lección</translation>
        </message>
        <message>
            <source>the lesson progress's hints</source>
            <translation>las pistas del progreso de la lección</translation>
        </message>
        <message>
            <source>the lesson progress's attempts</source>
            <translation>los intentos del progreso de la lección</translation>
        </message>
        <message>
            <source>Expected {what} to be a list. Received: {received}.</source>
            <translation>Se esperaba que {what} fuera una lista. Se recibió: {received}.</translation>
        </message>
        <message>
            <source>Expected the lesson progress's done steps to be a list of true/false. Received: {received}.</source>
            <translation>Se esperaba que los pasos hechos del progreso de la lección fueran una lista de verdadero/falso. Se recibió: {received}.</translation>
        </message>
        <message>
            <source>the lesson progress's predictions</source>
            <translation>las predicciones del progreso de la lección</translation>
        </message>
        <message>
            <source>the lesson progress's prediction {key}</source>
            <translation>la predicción {key} del progreso de la lección</translation>
        </message>
        <message>
            <source>Expected the lesson progress's actions to be a list of names. Received: {received}.</source>
            <translation>Se esperaba que las acciones del progreso de la lección fueran una lista de nombres. Se recibió: {received}.</translation>
        </message>
        <message>
            <source>the project</source>
            <extracomment>The template this project started from, if any. Its latest training runs, oldest first (at most :data:`MAX_RUNS`). The lesson it belongs to and the student's progress in it, if any.</extracomment>
            <translation>el proyecto</translation>
        </message>
        <message>
            <source>the project's name</source>
            <translation>el nombre del proyecto</translation>
        </message>
        <message>
            <source>the project's description</source>
            <translation>la descripción del proyecto</translation>
        </message>
        <message>
            <source>the project's template</source>
            <translation>la plantilla del proyecto</translation>
        </message>
        <message>
            <source>Expected 'layers' to be a list of layers. Received: {received}.</source>
            <translation>Se esperaba que 'layers' fuera una lista de capas. Se recibió: {received}.</translation>
        </message>
        <message>
            <source>Expected 'runs' to be a list of training runs. Received: {received}.</source>
            <translation>Se esperaba que 'runs' fuera una lista de ejecuciones de entrenamiento. Se recibió: {received}.</translation>
        </message>
        <message>
            <source>Expected {what} to be a number. Received: {received}.</source>
            <translation>Se esperaba que {what} fuera un número. Se recibió: {received}.</translation>
        </message>
        <message>
            <source>Expected {what} to be a number no larger than about 1.8e308. Received: a whole number of {digits} digits.</source>
            <translation>Se esperaba que {what} fuera un número no mayor que aproximadamente 1.8e308. Se recibió: un número entero de {digits} cifras.</translation>
        </message>
        <message>
            <source>Expected {what} to be a whole number from 0. Received: {received}.</source>
            <translation>Se esperaba que {what} fuera un número entero a partir de 0. Se recibió: {received}.</translation>
        </message>
        <message>
            <source>an object</source>
            <translation>un objeto</translation>
        </message>
        <message>
            <source>a list</source>
            <translation>una lista</translation>
        </message>
        <message>
            <source>text</source>
            <translation>texto</translation>
        </message>
        <message>
            <source>true/false</source>
            <translation>verdadero/falso</translation>
        </message>
        <message>
            <source>a number</source>
            <translation>un número</translation>
        </message>
        <message>
            <source>nothing (null)</source>
            <translation>nada (null)</translation>
        </message>
        <message>
            <source>Expected {what} to be an object. Received: {received}.</source>
            <translation>Se esperaba que {what} fuera un objeto. Se recibió: {received}.</translation>
        </message>
        <message>
            <source>Expected {what} to be text. Received: {received}.</source>
            <extracomment>{what}: a part of the file ("the project's name"); {received}: what the file holds, such as "a number (3)".</extracomment>
            <translation>Se esperaba que {what} fuera texto. Se recibió: {received}.</translation>
        </message>
        <message>
            <source>layer {number}</source>
            <translation>la capa {number}</translation>
        </message>
        <message>
            <source>Layer {number} has an unknown kind. Expected one of: {known}. Received: {received}.</source>
            <translation>La capa {number} es de un tipo desconocido. Se esperaba uno de estos: {known}. Se recibió: {received}.</translation>
        </message>
        <message>
            <source>the settings of layer {number} ({kind})</source>
            <translation>los ajustes de la capa {number} ({kind})</translation>
        </message>
        <message>
            <source>Layer {number} ({kind}) has an unknown setting. Expected one of its settings: {settings}. Received: {received}.</source>
            <translation>La capa {number} ({kind}) tiene un ajuste desconocido. Se esperaba uno de sus ajustes: {settings}. Se recibió: {received}.</translation>
        </message>
        <message>
            <source>none</source>
            <comment>no settings</comment>
            <translation>ninguno</translation>
        </message>
        <message>
            <source>the name of layer {number}</source>
            <translation>el nombre de la capa {number}</translation>
        </message>
        <message>
            <source>the compile settings</source>
            <translation>los ajustes de compilación</translation>
        </message>
        <message>
            <source>the loss</source>
            <translation>la pérdida</translation>
        </message>
        <message>
            <source>the optimizer</source>
            <translation>el optimizador</translation>
        </message>
        <message>
            <source>the optimizer's settings</source>
            <translation>los ajustes del optimizador</translation>
        </message>
        <message>
            <source>The optimizer {optimizer} has an unknown setting. Expected one of its settings: {settings}. Received: {received}.</source>
            <translation>El optimizador {optimizer} tiene un ajuste desconocido. Se esperaba uno de sus ajustes: {settings}. Se recibió: {received}.</translation>
        </message>
        <message>
            <source>Expected the metrics to be a list of names. Received: {received}.</source>
            <translation>Se esperaba que las métricas fueran una lista de nombres. Se recibió: {received}.</translation>
        </message>
        <message>
            <source>the {section} settings</source>
            <extracomment>{section} is the key of the settings in the file: data or train (not translated).</extracomment>
            <translation>los ajustes {section}</translation>
        </message>
        <message>
            <source>The {section} settings have an unknown entry. Expected some of: {names}. Received: {received}.</source>
            <translation>Los ajustes {section} tienen una entrada desconocida. Se esperaba alguna de estas: {names}. Se recibió: {received}.</translation>
        </message>
        <message>
            <source>Expected the {section} setting {key} to be text. Received: {received}.</source>
            <translation>Se esperaba que el ajuste {key} de {section} fuera texto. Se recibió: {received}.</translation>
        </message>
    </context>
    <context>
        <name>StackModel</name>
        <message numerus="yes">
            <source>{count} param(s)</source>
            <extracomment>A layer kind dragged from the palette; the payload is the kind's name in UTF-8. A row dragged within (or between) stacks; the payload is JSON (see ``mimeData``). The layer's Keras name: its own, or the automatic one (dense, dense_1, ...). Its key settings in words ("128 units, ReLU"). Its output shape as Keras prints it ("(None, 128)"), or "" while unknown. Its number of weights and biases (int), or None while unknown. "error", "warning" or "" for the worst problem that points at this layer. The messages of the problems that point at this layer, without the "Layer 3 (...)" part.</extracomment>
            <translation>
                <numerusform>{count} parám.</numerusform>
                <numerusform>{count} parám.</numerusform>
            </translation>
        </message>
        <message>
            <source>&lt;b&gt;Error:&lt;/b&gt; {message}</source>
            <extracomment>Tells this model's own row drags from those of another window.</extracomment>
            <translation>&lt;b&gt;Error:&lt;/b&gt; {message}</translation>
        </message>
        <message>
            <source>&lt;b&gt;Warning:&lt;/b&gt; {message}</source>
            <translation>&lt;b&gt;Aviso:&lt;/b&gt; {message}</translation>
        </message>
        <message>
            <source>Layer {number}: {kind} {name}</source>
            <translation>Capa {number}: {kind} {name}</translation>
        </message>
        <message>
            <source>output {shape}</source>
            <translation>salida {shape}</translation>
        </message>
        <message>
            <source>{count} parameters</source>
            <translation>{count} parámetros</translation>
        </message>
    </context>
    <context>
        <name>StudentSession</name>
        <message>
            <source>never reached 100%</source>
            <translation>nunca llegó al 100%</translation>
        </message>
        <message>
            <source>not measured</source>
            <translation>sin medir</translation>
        </message>
        <message>
            <source>{percent:.1f}%</source>
            <translation>{percent:.1f}%</translation>
        </message>
        <message>
            <source>epoch {number:.0f}</source>
            <translation>época {number:.0f}</translation>
        </message>
        <message>
            <source>{seconds:.1f} s</source>
            <translation>{seconds:.1f} s</translation>
        </message>
        <message>
            <source>This step asks no question.</source>
            <extracomment>True or False when the lesson says which choice was right; None otherwise.</extracomment>
            <translation>Este paso no hace ninguna pregunta.</translation>
        </message>
        <message>
            <source>Expected one of: {choices}.</source>
            <translation>Se esperaba una de estas: {choices}.</translation>
        </message>
        <message>
            <source>Expected a number, found {answer}.</source>
            <translation>Se esperaba un número; se encontró {answer}.</translation>
        </message>
        <message>
            <source>Expected a number from {low:g} to {high:g}, found {number:g}.</source>
            <translation>Se esperaba un número de {low:g} a {high:g}; se encontró {number:g}.</translation>
        </message>
        <message>
            <source>Expected a usable number, found {number:g}.</source>
            <translation>Se esperaba un número válido; se encontró {number:g}.</translation>
        </message>
        <message>
            <source>no run finished after it</source>
            <translation>ninguna ejecución terminó después</translation>
        </message>
        <message>
            <source>{outcome}: {value}</source>
            <translation>{outcome}: {value}</translation>
        </message>
        <message>
            <source>{happened} (the run it is compared with: {before})</source>
            <translation>{happened} (la ejecución con la que se compara: {before})</translation>
        </message>
        <message>
            <source>{happened} (the run before: {before})</source>
            <translation>{happened} (la ejecución anterior: {before})</translation>
        </message>
        <message>
            <source>Steps done: {done} of {steps}.</source>
            <translation>Pasos hechos: {done} de {steps}.</translation>
        </message>
        <message>
            <source>Hints used: {hints}.</source>
            <translation>Pistas usadas: {hints}.</translation>
        </message>
        <message>
            <source>Training runs: {runs}.</source>
            <translation>Ejecuciones de entrenamiento: {runs}.</translation>
        </message>
        <message>
            <source>Time: {time}.</source>
            <translation>Tiempo: {time}.</translation>
        </message>
        <message>
            <source>You predicted “{answer}” for “{question}”: {happened}.</source>
            <translation>Predijiste «{answer}» para «{question}»: {happened}.</translation>
        </message>
        <message>
            <source>You predicted “{answer}” for “{question}”: {happened}. Right!</source>
            <translation>Predijiste «{answer}» para «{question}»: {happened}. ¡Acertaste!</translation>
        </message>
        <message>
            <source>You predicted “{answer}” for “{question}”: {happened}. Not this time.</source>
            <translation>Predijiste «{answer}» para «{question}»: {happened}. Esta vez no.</translation>
        </message>
        <message>
            <source>{seconds:.0f} s</source>
            <translation>{seconds:.0f} s</translation>
        </message>
        <message>
            <source>{minutes} min</source>
            <translation>{minutes} min</translation>
        </message>
        <message>
            <source>{hours} h {minutes:02d} min</source>
            <translation>{hours} h {minutes:02d} min</translation>
        </message>
    </context>
    <context>
        <name>Style</name>
        <message>
            <source>&lt;1%</source>
            <extracomment>An error: text, the problem bar, a diagram column that cannot be built. A warning's dot and bar (orange). Warning text: darker than the dot so that a sentence stays readable on white. The same meanings on a dark background.</extracomment>
            <translation>&lt;1%</translation>
        </message>
        <message>
            <source>{percent}%</source>
            <translation>{percent}%</translation>
        </message>
    </context>
    <context>
        <name>Summaries</name>
        <message>
            <source>steady</source>
            <extracomment>The validation loss must have risen this many epochs in a row to speak of memorising. How a curve went in the last epoch.</extracomment>
            <translation>estable</translation>
        </message>
        <message>
            <source>rising</source>
            <translation>subiendo</translation>
        </message>
        <message>
            <source>falling</source>
            <translation>bajando</translation>
        </message>
        <message>
            <source>No epoch has finished yet.</source>
            <translation>Todavía no ha terminado ninguna época.</translation>
        </message>
        <message>
            <source>validation {metric}</source>
            <translation>{metric} de validación</translation>
        </message>
        <message>
            <source>{metric} {value} ({trend})</source>
            <translation>{metric} {value} ({trend})</translation>
        </message>
        <message>
            <source>{metric} {value}</source>
            <translation>{metric} {value}</translation>
        </message>
        <message>
            <source>After epoch {done} of {epochs}: {values}.</source>
            <translation>Tras la época {done} de {epochs}: {values}.</translation>
        </message>
        <message>
            <source>After epoch {done}: {values}.</source>
            <translation>Tras la época {done}: {values}.</translation>
        </message>
        <message numerus="yes">
            <source>The validation loss has risen for %n epoch(s) while the training loss fell: the network may be memorising the training data.</source>
            <translation>
                <numerusform>La pérdida de validación ha subido durante %n época mientras la pérdida de entrenamiento bajaba: puede que la red esté memorizando los datos de entrenamiento.</numerusform>
                <numerusform>La pérdida de validación ha subido durante %n épocas mientras la pérdida de entrenamiento bajaba: puede que la red esté memorizando los datos de entrenamiento.</numerusform>
            </translation>
        </message>
        <message>
            <source>No test examples.</source>
            <translation>No hay ejemplos de prueba.</translation>
        </message>
        <message>
            <source>{right:,} of {total:,} test examples right ({share:.1%}).</source>
            <translation>{right:,} de {total:,} ejemplos de prueba acertados ({share:.1%}).</translation>
        </message>
        <message numerus="yes">
            <source>{true} taken for {predicted} (%n time(s))</source>
            <translation>
                <numerusform>{true} confundido con {predicted} (%n vez)</numerusform>
                <numerusform>{true} confundido con {predicted} (%n veces)</numerusform>
            </translation>
        </message>
        <message>
            <source>Most often mixed up: {mixups}.</source>
            <translation>Confusiones más frecuentes: {mixups}.</translation>
        </message>
        <message>
            <source>{layer}: no weights.</source>
            <translation>{layer}: sin pesos.</translation>
        </message>
        <message>
            <source>{layer}: {count:,} weights ({shape}) from {low:.3g} to {high:.3g}, spread {spread:.3g}.</source>
            <translation>{layer}: {count:,} pesos ({shape}) de {low:.3g} a {high:.3g}, dispersión {spread:.3g}.</translation>
        </message>
    </context>
    <context>
        <name>SystemLibraries</name>
        <message>
            <source>nnstudio cannot open its window: Qt needs these system libraries to draw on this screen, and they are not installed: {libraries}.
On Debian or Ubuntu, install them with:
    sudo apt install {packages}
(The command line works without them: nnstudio --help.)</source>
            <extracomment>Debian's package for a library whose name does not follow the usual pattern.</extracomment>
            <translation>nnstudio no puede abrir su ventana: Qt necesita estas bibliotecas del sistema para dibujar en esta pantalla y no están instaladas: {libraries}.
En Debian o Ubuntu, instálalas con:
    sudo apt install {packages}
(La línea de comandos funciona sin ellas: nnstudio --help.)</translation>
        </message>
    </context>
    <context>
        <name>Templates</name>
        <message>
            <source>MNIST, 128 hidden neurons</source>
            <extracomment>The name of a project made from this template; it also suggests its file name.</extracomment>
            <translation>MNIST, 128 neuronas ocultas</translation>
        </message>
        <message>
            <source>The three-layer network: each 28x28 digit is flattened to 784 inputs, one hidden layer of 128 ReLU neurons, and 10 softmax outputs, one per digit.</source>
            <translation>La red de tres capas: cada dígito de 28x28 se aplana en 784 entradas, una capa oculta de 128 neuronas ReLU y 10 salidas softmax, una por dígito.</translation>
        </message>
        <message>
            <source>MNIST, 512 hidden neurons</source>
            <translation>MNIST, 512 neuronas ocultas</translation>
        </message>
        <message>
            <source>Pixels scaled to 0..1 and laid out as 784 numbers, one hidden layer of 512 ReLU neurons, 10 softmax outputs, one-hot labels and categorical cross-entropy; 5 epochs.</source>
            <translation>Píxeles escalados a 0..1 y extendidos en 784 números, una capa oculta de 512 neuronas ReLU, 10 salidas softmax, etiquetas one-hot y entropía cruzada categórica; 5 épocas.</translation>
        </message>
        <message>
            <source>MNIST, two tanh layers, SGD</source>
            <translation>MNIST, dos capas tanh, SGD</translation>
        </message>
        <message>
            <source>784 mean-centred inputs, two hidden layers of 50 tanh neurons with Glorot initialisation, 10 softmax outputs, trained by SGD with momentum 0.9 and a tiny learning-rate decay, batches of 64, 10% of the training data held back for validation.</source>
            <translation>784 entradas centradas en la media, dos capas ocultas de 50 neuronas tanh con inicialización Glorot, 10 salidas softmax, entrenada con SGD con momento 0.9 y un decaimiento de la tasa de aprendizaje muy pequeño, lotes de 64 y el 10% de los datos de entrenamiento reservado para la validación.</translation>
        </message>
        <message>
            <source>The loyal-customers example: two yes/no inputs (old or young, middle or high income), and the answer is 1 when exactly one of them is 1. 16 ReLU neurons and one sigmoid output learn what no straight line can.</source>
            <translation>El ejemplo de los clientes fieles: dos entradas de sí o no (mayor o joven, ingresos medios o altos), y la respuesta es 1 cuando exactamente una de ellas es 1. 16 neuronas ReLU y una salida sigmoid aprenden lo que ninguna línea recta puede.</translation>
        </message>
        <message>
            <source>Eight inputs, two hidden layers of six ReLU neurons and four softmax outputs: the picture of a small network from the lesson on layers, trained on generated data with 8 features and 4 classes.</source>
            <translation>Ocho entradas, dos capas ocultas de seis neuronas ReLU y cuatro salidas softmax: el dibujo de una red pequeña de la lección sobre capas, entrenada con datos generados de 8 características y 4 clases.</translation>
        </message>
        <message>
            <source>MNIST digits: Flatten 28x28, Dense 128 ReLU, Dense 10 softmax (101,770 weights).</source>
            <translation>Dígitos MNIST: Flatten 28x28, Dense 128 ReLU, Dense 10 softmax (101,770 pesos).</translation>
        </message>
        <message>
            <source>MNIST digits: 784 inputs, Dense 512 ReLU, Dense 10 softmax, Adam, 5 epochs.</source>
            <translation>Dígitos MNIST: 784 entradas, Dense 512 ReLU, Dense 10 softmax, Adam, 5 épocas.</translation>
        </message>
        <message>
            <source>MNIST digits: 784 centred inputs, two Dense 50 tanh layers, SGD with momentum.</source>
            <translation>Dígitos MNIST: 784 entradas centradas, dos capas Dense 50 tanh, SGD con momento.</translation>
        </message>
        <message>
            <source>The XOR truth table: 2 inputs, Dense 16 ReLU, 1 sigmoid output.</source>
            <translation>La tabla de verdad de XOR: 2 entradas, Dense 16 ReLU, 1 salida sigmoid.</translation>
        </message>
        <message>
            <source>8 generated features, two Dense 6 ReLU layers, 4 softmax outputs.</source>
            <translation>8 características generadas, dos capas Dense 6 ReLU, 4 salidas softmax.</translation>
        </message>
        <message>
            <source>There is no template called {name}. Expected one of: {names}.</source>
            <translation>No hay ninguna plantilla llamada {name}. Se esperaba una de estas: {names}.</translation>
        </message>
    </context>
    <context>
        <name>TextSize</name>
        <message>
            <source>&amp;Normal</source>
            <extracomment>Their names in View → Text size (translated where shown: :func:`text_size_label`).</extracomment>
            <translation>&amp;Normal</translation>
        </message>
        <message>
            <source>&amp;Large</source>
            <translation>&amp;Grande</translation>
        </message>
        <message>
            <source>L&amp;argest</source>
            <translation>&amp;Muy grande</translation>
        </message>
    </context>
    <context>
        <name>TrainBoundary</name>
        <message>
            <source>The network's answer</source>
            <extracomment>One colour per class (colour-blind friendly: Okabe-Ito's blue, orange, green, purple...).</extracomment>
            <translation>La respuesta de la red</translation>
        </message>
        <message>
            <source>input 1</source>
            <translation>entrada 1</translation>
        </message>
        <message>
            <source>input 2</source>
            <translation>entrada 2</translation>
        </message>
        <message>
            <source>For data with two inputs, such as XOR: the colour shows the class the network would answer at each point; the line is where its answer changes.</source>
            <extracomment>A replayed moment's answers, shown instead of the latest (None: live).</extracomment>
            <translation>Para datos con dos entradas, como XOR: el color muestra la clase que respondería la red en cada punto; la línea es donde cambia su respuesta.</translation>
        </message>
        <message numerus="yes">
            <source>After {steps:,} training step(s) (epoch {epoch}): {right} of {total} training points on the right side.</source>
            <translation>
                <numerusform>Tras {steps:,} paso de entrenamiento (época {epoch}): {right} de {total} puntos de entrenamiento en el lado correcto.</numerusform>
                <numerusform>Tras {steps:,} pasos de entrenamiento (época {epoch}): {right} de {total} puntos de entrenamiento en el lado correcto.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>TrainController</name>
        <message numerus="yes">
            <source>{problem} (and %n more in Problems)</source>
            <extracomment>Slow motion for tiny datasets: XOR's 500 epochs take about a second to watch. The data is loaded ahead in the training process this long after its settings last changed (milliseconds), so that typing a number loads the data once, not once a keystroke. The tabs :attr:`TrainingController.show_tab` names. A run is about to start (before anything else is said about it). The Train button: whether it can be pressed (while running it is Stop; False while stopping), why not (empty when it can), whether a run goes on, and whether it is paused. Train was pressed: the old run's weights, results and network are gone; TensorFlow and the data load before the run starts. The run's project (the copy it trains) and its :class:`RunStarted`. The run's :class:`Update`, :class:`WeightSnapshot` and :class:`BoundarySnapshot`. The run's :class:`RunFinished`, and whether it is kept: False when another project was opened meanwhile (its results belonged to the old one). A trained network with its results, to show (after a run, or loaded with a project). Another project: the last run's network, results and curves belonged to the old one. Whether there is a trained network to save. Whether the data is known to be small enough for slow motion (before a run). Whether "Same start as the last run" can be chosen (a run has started this session). Bring a tab to the front: :data:`NETWORK_TAB` or :data:`TRAINING_TAB`. A line for the status bar, and how long to show it (milliseconds; 0: until replaced). Something went wrong that the student must read: a title and one sentence. The training process (TensorFlow lives there, never in the window's process). Slow motion for tiny data (the student's choice, kept between runs). Whether the next run starts from the last run's starting weights (for the layers that did not change), and whether the training process has a last run's start. The copy of the project the current (or last) run trains. Where the last run's trained network was saved, if it was. The data settings (and folder) last sent to the training process to load ahead.</extracomment>
            <translation>
                <numerusform>{problem} (y %n más en Problemas)</numerusform>
                <numerusform>{problem} (y %n más en Problemas)</numerusform>
            </translation>
        </message>
        <message>
            <source>Paused after the current batch: press Resume to go on.</source>
            <translation>En pausa después del lote actual: pulsa Reanudar para seguir.</translation>
        </message>
        <message>
            <source>Training again…</source>
            <translation>Entrenando de nuevo…</translation>
        </message>
        <message>
            <source>Stopping after this batch…</source>
            <translation>Deteniendo después de este lote…</translation>
        </message>
        <message>
            <source>Getting ready: loading TensorFlow and the data…</source>
            <translation>Preparando: cargando TensorFlow y los datos…</translation>
        </message>
        <message>
            <source>The previous project's run ended: {message}</source>
            <translation>La ejecución del proyecto anterior terminó: {message}</translation>
        </message>
        <message>
            <source>Training stopped</source>
            <translation>Entrenamiento detenido</translation>
        </message>
        <message>
            <source>Stopping the training…</source>
            <translation>Deteniendo el entrenamiento…</translation>
        </message>
        <message>
            <source>Loading the trained network {name}…</source>
            <translation>Cargando la red entrenada {name}…</translation>
        </message>
        <message>
            <source>The trained network saved with this project ({name}).</source>
            <translation>La red entrenada guardada con este proyecto ({name}).</translation>
        </message>
        <message>
            <source>Loaded the trained network {name}: see Results and Draw a digit.</source>
            <translation>Red entrenada {name} cargada: mira Resultados y Dibujar un dígito.</translation>
        </message>
        <message>
            <source>The saved network was not loaded: {message}</source>
            <translation>No se cargó la red guardada: {message}</translation>
        </message>
        <message>
            <source>Cannot save the trained network</source>
            <translation>No se puede guardar la red entrenada</translation>
        </message>
        <message>
            <source>Saved the trained network to {name}</source>
            <translation>Red entrenada guardada en {name}</translation>
        </message>
        <message>
            <source>Training on {examples:,} examples: {source}</source>
            <translation>Entrenando con {examples:,} ejemplos: {source}</translation>
        </message>
        <message>
            <source>Training on {examples:,} examples: {source}. No layer could start as in the last run (every one changed shape, or the training process was restarted), so this run starts new</source>
            <translation>Entrenando con {examples:,} ejemplos: {source}. Ninguna capa pudo empezar como en la última ejecución (todas cambiaron de forma, o se reinició el proceso de entrenamiento), así que esta ejecución empieza de cero</translation>
        </message>
        <message>
            <source>Training on {examples:,} examples: {source}. Same start as the last run for {layers}; any other layer starts new</source>
            <translation>Entrenando con {examples:,} ejemplos: {source}. Mismo inicio que la última ejecución para {layers}; las demás capas empiezan de cero</translation>
        </message>
    </context>
    <context>
        <name>TrainCurves</name>
        <message>
            <source>epoch</source>
            <extracomment>Redraw at most this often (milliseconds). Epoch curves get a dot per epoch up to this many epochs. Points per piece (one more, shared with the next piece). Hidden pieces made at a time.</extracomment>
            <translation>época</translation>
        </message>
        <message>
            <source>Loss (lower is better)</source>
            <extracomment>Where a replayed moment is on the run (hidden when live).</extracomment>
            <translation>Pérdida (cuanto más baja, mejor)</translation>
        </message>
        <message>
            <source>Accuracy</source>
            <translation>Precisión</translation>
        </message>
        <message>
            <source>{metric} (higher is better)</source>
            <translation>{metric} (cuanto más alta, mejor)</translation>
        </message>
        <message>
            <source>training, per epoch</source>
            <translation>entrenamiento, por época</translation>
        </message>
        <message>
            <source>validation, per epoch</source>
            <translation>validación, por época</translation>
        </message>
        <message>
            <source>training, per batch (running mean since the epoch began)</source>
            <translation>entrenamiento, por lote (media acumulada desde que empezó la época)</translation>
        </message>
    </context>
    <context>
        <name>TrainReplay</name>
        <message>
            <source>Replay the training</source>
            <extracomment>The moment to show (an index into :attr:`moments`), or -1 for live.</extracomment>
            <translation>Repetición del entrenamiento</translation>
        </message>
        <message>
            <source>Drag back to see the weights, the answers and the confusion matrix as they were at that moment of training</source>
            <translation>Arrastra hacia atrás para ver los pesos, las respuestas y la matriz de confusión tal como estaban en ese momento del entrenamiento</translation>
        </message>
        <message>
            <source>Live</source>
            <translation>En directo</translation>
        </message>
        <message>
            <source>Follow training as it goes (the latest moment)</source>
            <translation>Seguir el entrenamiento a medida que avanza (el momento más reciente)</translation>
        </message>
        <message>
            <source>Replay:</source>
            <translation>Repetición:</translation>
        </message>
        <message>
            <source>{when} (moment {number} of {count})</source>
            <translation>{when} (momento {number} de {count})</translation>
        </message>
        <message>
            <source>Confusion matrix at this moment</source>
            <translation>Matriz de confusión en este momento</translation>
        </message>
        <message>
            <source>The test examples' answers at the replayed moment</source>
            <translation>Las respuestas a los ejemplos de prueba en el momento elegido de la repetición</translation>
        </message>
        <message>
            <source>Rows: the true class. Columns: the network's answer.</source>
            <translation>Filas: la clase real. Columnas: la respuesta de la red.</translation>
        </message>
        <message>
            <source>The first {count:,} test examples: {right:,} right ({share:.1%})</source>
            <translation>Los primeros {count:,} ejemplos de prueba: {right:,} acertados ({share:.1%})</translation>
        </message>
        <message>
            <source>The {count} test examples: {right} right</source>
            <translation>Los {count} ejemplos de prueba: {right} acertados</translation>
        </message>
    </context>
    <context>
        <name>TrainRun</name>
        <message>
            <source>Something unexpected went wrong ({error}): {details}</source>
            <translation>Algo inesperado ha salido mal ({error}): {details}</translation>
        </message>
    </context>
    <context>
        <name>TrainRuns</name>
        <message>
            <source>Show</source>
            <extracomment>One colour per run, told apart also by people who do not see red and green apart (Okabe and Ito's palette).</extracomment>
            <translation>Mostrar</translation>
        </message>
        <message>
            <source>Run</source>
            <translation>Ejecución</translation>
        </message>
        <message>
            <source>What changed from the run before</source>
            <translation>Qué cambió respecto a la anterior</translation>
        </message>
        <message>
            <source>Epochs</source>
            <translation>Épocas</translation>
        </message>
        <message>
            <source>Test accuracy</source>
            <translation>Precisión de prueba</translation>
        </message>
        <message>
            <source>Test loss</source>
            <translation>Pérdida de prueba</translation>
        </message>
        <message>
            <source>Training time</source>
            <translation>Tiempo de entrenamiento</translation>
        </message>
        <message>
            <source>No runs yet. Each time you train, the run is kept here with its settings, so you can change one thing, train again and compare the two.</source>
            <translation>Todavía no hay ejecuciones. Cada vez que entrenas, la ejecución se guarda aquí con sus ajustes, así puedes cambiar una cosa, volver a entrenar y comparar las dos.</translation>
        </message>
        <message>
            <source>Put this run's network and settings back into the builder (Edit → Undo takes them back)</source>
            <translation>Volver a poner la red y los ajustes de esta ejecución en el editor (Editar → Deshacer los retira)</translation>
        </message>
        <message>
            <source>Runs kept with the project</source>
            <extracomment>A sentence for the status bar. The runs whose curves are drawn (the records themselves, so deleting one or adding another keeps the choice).</extracomment>
            <translation>Ejecuciones guardadas con el proyecto</translation>
        </message>
        <message>
            <source>One row per run, newest first: what changed, epochs, test accuracy and loss, training time. Tick Show to draw its curves.</source>
            <translation>Una fila por ejecución, la más reciente primero: qué cambió, épocas, precisión y pérdida de prueba, tiempo de entrenamiento. Marca Mostrar para dibujar sus curvas.</translation>
        </message>
        <message>
            <source>Restore its settings</source>
            <translation>Restaurar sus ajustes</translation>
        </message>
        <message>
            <source>Delete run</source>
            <translation>Eliminar ejecución</translation>
        </message>
        <message>
            <source>Remove this run from the project (Edit → Undo brings it back)</source>
            <translation>Quitar esta ejecución del proyecto (Editar → Deshacer la recupera)</translation>
        </message>
        <message>
            <source>Change one thing, train again, and compare: each run is labelled by what changed from the run before it. Tick the runs to draw.</source>
            <translation>Cambia una cosa, vuelve a entrenar y compara: cada ejecución se etiqueta con lo que cambió respecto a la anterior. Marca las ejecuciones que quieras dibujar.</translation>
        </message>
        <message>
            <source>Loss (lower is better)</source>
            <translation>Pérdida (cuanto más baja, mejor)</translation>
        </message>
        <message>
            <source>Accuracy (higher is better)</source>
            <translation>Precisión (cuanto más alta, mejor)</translation>
        </message>
        <message>
            <source>epoch</source>
            <translation>época</translation>
        </message>
        <message>
            <source>Show run {number}</source>
            <extracomment>The runs changed while the tab was hidden: it is filled when next shown (a run's end is a busy moment for the window; drawing a hidden tab's plots would add to it).</extracomment>
            <translation>Mostrar la ejecución {number}</translation>
        </message>
        <message>
            <source>Finished {when}: {message}</source>
            <translation>Terminada el {when}: {message}</translation>
        </message>
        <message>
            <source>Finished at an unknown time: {message}</source>
            <translation>Terminada en un momento desconocido: {message}</translation>
        </message>
        <message>
            <source>{seconds:.1f} s</source>
            <translation>{seconds:.1f} s</translation>
        </message>
        <message>
            <source>This run was kept without its settings (an older nnstudio).</source>
            <translation>Esta ejecución se guardó sin sus ajustes (con una versión anterior de nnstudio).</translation>
        </message>
        <message>
            <source>Restore the settings of run {number}</source>
            <translation>Restaurar los ajustes de la ejecución {number}</translation>
        </message>
        <message>
            <source>Run {number}'s settings could not be restored: {reason}</source>
            <translation>No se han podido restaurar los ajustes de la ejecución {number}: {reason}</translation>
        </message>
        <message>
            <source>The settings of run {number} are back in the builder. Edit → Undo takes them back.</source>
            <translation>Los ajustes de la ejecución {number} vuelven a estar en el editor. Editar → Deshacer los retira.</translation>
        </message>
        <message>
            <source>Run {number} deleted. Edit → Undo brings it back.</source>
            <translation>Se ha eliminado la ejecución {number}. Editar → Deshacer la recupera.</translation>
        </message>
        <message>
            <source>Run {number}</source>
            <translation>Ejecución {number}</translation>
        </message>
        <message>
            <source>solid: training, dashed: validation</source>
            <translation>continua: entrenamiento; discontinua: validación</translation>
        </message>
        <message>
            <source>Metric</source>
            <translation>Métrica</translation>
        </message>
    </context>
    <context>
        <name>TrainTab</name>
        <message>
            <source>Press Train to watch the network learn: the curves, its weights and its answers update live.</source>
            <extracomment>Update the text at most this often (seconds); epoch ends always show.</extracomment>
            <translation>Pulsa Entrenar para ver cómo aprende la red: las curvas, sus pesos y sus respuestas se actualizan en directo.</translation>
        </message>
        <message>
            <source>Slow motion for tiny data</source>
            <extracomment>The run's progress in words and as a fraction, a few times a second (the status bar and its progress bar show it too).</extracomment>
            <translation>Cámara lenta para datos diminutos</translation>
        </message>
        <message>
            <source>XOR trains in a fraction of a second; slow motion spreads its epochs out (about 500 a second) so you can watch the network learn. Bigger data is never slowed.</source>
            <translation>XOR se entrena en una fracción de segundo; la cámara lenta reparte sus épocas (unas 500 por segundo) para que puedas ver cómo aprende la red. Los datos más grandes nunca se ralentizan.</translation>
        </message>
        <message>
            <source>earlier</source>
            <comment>when the last run finished, if not known</comment>
            <extracomment>Said when the validation loss rises while the training loss falls (memorising). The run's per-epoch numbers so far, as Keras's History keeps them.</extracomment>
            <translation>antes</translation>
        </message>
        <message numerus="yes">
            <source>The last run saved with this project ({when}): %n epoch(s). {tested}</source>
            <translation>
                <numerusform>La última ejecución guardada con este proyecto ({when}): %n época. {tested}</numerusform>
                <numerusform>La última ejecución guardada con este proyecto ({when}): %n épocas. {tested}</numerusform>
            </translation>
        </message>
        <message>
            <source>Getting ready: loading TensorFlow and the data…</source>
            <translation>Preparando: cargando TensorFlow y los datos…</translation>
        </message>
        <message numerus="yes">
            <source>The validation loss has risen for %n epoch(s) while the training loss fell: the network may be memorising the training data. Fewer epochs, a Dropout layer or fewer neurons can help.</source>
            <translation>
                <numerusform>La pérdida de validación ha subido durante %n época mientras la pérdida de entrenamiento bajaba: puede que la red esté memorizando los datos de entrenamiento. Pueden ayudar menos épocas, una capa Dropout o menos neuronas.</numerusform>
                <numerusform>La pérdida de validación ha subido durante %n épocas mientras la pérdida de entrenamiento bajaba: puede que la red esté memorizando los datos de entrenamiento. Pueden ayudar menos épocas, una capa Dropout o menos neuronas.</numerusform>
            </translation>
        </message>
        <message>
            <source>Epoch {epoch} of {epochs}, batch {batch:,} of {batches:,}: {numbers}</source>
            <translation>Época {epoch} de {epochs}, lote {batch:,} de {batches:,}: {numbers}</translation>
        </message>
        <message numerus="yes">
            <source>Training on {examples:,} examples, {validation:,} held back for validation, in batches of {batch}: {steps:,} step(s) per epoch (tiny data: many epochs per step of the display).</source>
            <translation>
                <numerusform>Entrenando con {examples:,} ejemplos, {validation:,} reservados para validación, en lotes de {batch}: {steps:,} paso por época (datos diminutos: muchas épocas en cada actualización de la pantalla).</numerusform>
                <numerusform>Entrenando con {examples:,} ejemplos, {validation:,} reservados para validación, en lotes de {batch}: {steps:,} pasos por época (datos diminutos: muchas épocas en cada actualización de la pantalla).</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Training on {examples:,} examples, {validation:,} held back for validation, in batches of {batch}: {steps:,} step(s) per epoch.</source>
            <translation>
                <numerusform>Entrenando con {examples:,} ejemplos, {validation:,} reservados para validación, en lotes de {batch}: {steps:,} paso por época.</numerusform>
                <numerusform>Entrenando con {examples:,} ejemplos, {validation:,} reservados para validación, en lotes de {batch}: {steps:,} pasos por época.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Training on {examples:,} examples, in batches of {batch}: {steps:,} step(s) per epoch (tiny data: many epochs per step of the display).</source>
            <translation>
                <numerusform>Entrenando con {examples:,} ejemplos, en lotes de {batch}: {steps:,} paso por época (datos diminutos: muchas épocas en cada actualización de la pantalla).</numerusform>
                <numerusform>Entrenando con {examples:,} ejemplos, en lotes de {batch}: {steps:,} pasos por época (datos diminutos: muchas épocas en cada actualización de la pantalla).</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Training on {examples:,} examples, in batches of {batch}: {steps:,} step(s) per epoch.</source>
            <translation>
                <numerusform>Entrenando con {examples:,} ejemplos, en lotes de {batch}: {steps:,} paso por época.</numerusform>
                <numerusform>Entrenando con {examples:,} ejemplos, en lotes de {batch}: {steps:,} pasos por época.</numerusform>
            </translation>
        </message>
        <message>
            <source>less than a second left</source>
            <translation>queda menos de un segundo</translation>
        </message>
        <message>
            <source>about {seconds:.0f} s left</source>
            <translation>quedan unos {seconds:.0f} s</translation>
        </message>
        <message>
            <source>about {minutes:.0f} min left</source>
            <translation>quedan unos {minutes:.0f} min</translation>
        </message>
    </context>
    <context>
        <name>TrainWeights</name>
        <message>
            <source>Train the network to watch its weights change.</source>
            <translation>Entrena la red para ver cómo cambian sus pesos.</translation>
        </message>
        <message>
            <source>Whose weights to show</source>
            <extracomment>Pixels between two tiles. The colour scale covers this percentile of the weights' sizes. The layer's index in the stack and the neuron's index in the layer.</extracomment>
            <translation>De qué capa mostrar los pesos</translation>
        </message>
        <message>
            <source>Weights of</source>
            <translation>Pesos de</translation>
        </message>
        <message>
            <source>Matrix</source>
            <translation>Matriz</translation>
        </message>
        <message>
            <source>One row per input, one column per neuron</source>
            <translation>Una fila por entrada, una columna por neurona</translation>
        </message>
        <message>
            <source>Picture per neuron</source>
            <translation>Imagen por neurona</translation>
        </message>
        <message>
            <source>Each neuron's weights from the 28x28 pixels, folded back into a 28x28 picture</source>
            <translation>Los pesos de cada neurona que vienen de los 28x28 píxeles, colocados de nuevo como una imagen de 28x28</translation>
        </message>
        <message>
            <source>weight</source>
            <translation>peso</translation>
        </message>
        <message>
            <source>Click a neuron's picture (or its column) to see its arithmetic in the Inside tab, once training has finished.</source>
            <translation>Haz clic en la imagen de una neurona (o en su columna) para ver sus cuentas en la pestaña Por dentro, cuando haya terminado el entrenamiento.</translation>
        </message>
        <message>
            <source>Red: this input pushes the neuron's output up; blue: pushes it down; white: the neuron ignores it.</source>
            <translation>Rojo: esta entrada empuja hacia arriba la salida de la neurona; azul: la empuja hacia abajo; blanco: la neurona la ignora.</translation>
        </message>
        <message>
            <source>Waiting for the first weights…</source>
            <extracomment>A replayed moment's weights, shown instead of the latest ones (None: live).</extracomment>
            <translation>Esperando los primeros pesos…</translation>
        </message>
        <message>
            <source>Layer {number}</source>
            <translation>Capa {number}</translation>
        </message>
        <message>
            <source>input (1 to {count})</source>
            <translation>entrada (1 a {count})</translation>
        </message>
        <message>
            <source>neuron (1 to {count})</source>
            <translation>neurona (1 a {count})</translation>
        </message>
        <message numerus="yes">
            <source>{title}: each of its {units} neurons as a picture of its {inputs} incoming weights, after {steps:,} step(s). Red pushes the neuron up, blue down.</source>
            <translation>
                <numerusform>{title}: cada una de sus {units} neuronas como una imagen de sus {inputs} pesos de entrada, después de {steps:,} paso. El rojo empuja la neurona hacia arriba; el azul, hacia abajo.</numerusform>
                <numerusform>{title}: cada una de sus {units} neuronas como una imagen de sus {inputs} pesos de entrada, después de {steps:,} pasos. El rojo empuja la neurona hacia arriba; el azul, hacia abajo.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{title}: {inputs} inputs x {units} neurons, after {steps:,} step(s). Red pushes the neuron up, blue down.</source>
            <translation>
                <numerusform>{title}: {inputs} entradas x {units} neuronas, después de {steps:,} paso. El rojo empuja la neurona hacia arriba; el azul, hacia abajo.</numerusform>
                <numerusform>{title}: {inputs} entradas x {units} neuronas, después de {steps:,} pasos. El rojo empuja la neurona hacia arriba; el azul, hacia abajo.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>TrainingConsole</name>
        <message>
            <source>Training on {train} examples, {validation} to validate, testing on {test}; {epochs} of {batches} of {batch_size}.</source>
            <translation>Entrenando con {train} ejemplos, {validation} para validar, y probando con {test}; {epochs} de {batches} de {batch_size}.</translation>
        </message>
        <message>
            <source>Training on {train} examples, testing on {test}; {epochs} of {batches} of {batch_size}.</source>
            <translation>Entrenando con {train} ejemplos y probando con {test}; {epochs} de {batches} de {batch_size}.</translation>
        </message>
        <message numerus="yes">
            <source>%n epoch(s)</source>
            <translation>
                <numerusform>%n época</numerusform>
                <numerusform>%n épocas</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n batch(es)</source>
            <translation>
                <numerusform>%n lote</numerusform>
                <numerusform>%n lotes</numerusform>
            </translation>
        </message>
        <message>
            <source>Data: {source}</source>
            <translation>Datos: {source}</translation>
        </message>
        <message>
            <source>ETA {time}</source>
            <comment>estimated time left</comment>
            <translation>quedan {time}</translation>
        </message>
        <message>
            <source>Test: {results}</source>
            <translation>Prueba: {results}</translation>
        </message>
        <message>
            <source>Epoch {epoch}/{epochs}</source>
            <translation>Época {epoch}/{epochs}</translation>
        </message>
    </context>
    <context>
        <name>TrainingEngine</name>
        <message>
            <source>A validation share of {split:g} of {examples} training examples leaves nothing to train on.</source>
            <extracomment>Deliver batch points at most this often (seconds); epoch ends are never held back long. Send a weight snapshot at most this often (seconds), plus one at the end of the run. Index into ``project.layers`` of the layer whose weights to send; None sends every layer with weights; -1 sends none. For data with two features: send what the network answers over the input plane at most this often (seconds); None sends none. Grid points along each side of that plane. Slow the tiny-data loop to at most this many epochs a second, so that a student can watch XOR being learned; None trains at full speed. The tiny-data loop runs this long (seconds) between looks at the stop flag, the pace and the decision boundary. None chooses by the size of the data; True/False forces the tiny-data loop on or off. Training steps per compiled call of ``fit`` (Keras's ``steps_per_execution``): each call costs Keras a fixed overhead, so several steps per call train faster, with the same arithmetic. None chooses by the work of one step (see :func:`steps_per_call`). Compile the training step with XLA; None chooses by the length of the run and the kinds of layer (:func:`~nnstudio.core.compute.use_xla`). Evaluate on the test data at the end. Start from the last run's starting weights for every layer that did not change (see :mod:`nnstudio.training.start`); needs the last run's ``StartPoint`` (``previous_start``). Record moments of the run for replaying it (see :mod:`nnstudio.training.replay`). The time left is guessed once training has gone on this long (seconds) after its first steps, so that the guess rests on the speed of training itself. When the last compiled call of ``fit`` ended (0: none yet). The training time and the steps done when the first steps were reported. Stopped inside an epoch: its last epoch was cut short (Keras still ends it). Set: training waits after the current batch until it is cleared (or stopped). Where the data is loaded from when no ``dataset`` is given: the training process's cache keeps it for the next run of the same data. Where the compiled network of the last run is kept for the next run of the same network (the training process keeps one; see :mod:`nnstudio.training.reuse`). The last run's starting point, for ``options.same_start``; this run's own, once the network is built. Whether to keep this run's starting point (the training process does, for the next run that asks to start the same; a run on its own need not copy its weights). The epochs (from 1) ``fit`` validates; see :meth:`_fit_keras`. Time spent recording the replay (seconds).</extracomment>
            <translation>Una proporción de validación de {split:g} de {examples} ejemplos de entrenamiento no deja nada con lo que entrenar.</translation>
        </message>
        <message>
            <source>A validation share of {split:g} of {examples} training examples leaves nothing to validate on.</source>
            <translation>Una proporción de validación de {split:g} de {examples} ejemplos de entrenamiento no deja nada con lo que validar.</translation>
        </message>
        <message numerus="yes">
            <source>Finished %n epoch(s).</source>
            <extracomment>Arrays are handed to TensorFlow this many bytes at a time (see :func:`tensor_in_pieces`). The tiny-data loop trains data of at most this many batches an epoch and this many bytes.</extracomment>
            <translation>
                <numerusform>%n época completada.</numerusform>
                <numerusform>%n épocas completadas.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Stopped during epoch {epoch} of {epochs}, after %n epoch(s) in full.</source>
            <translation>
                <numerusform>Detenido durante la época {epoch} de {epochs}, después de %n época completa.</numerusform>
                <numerusform>Detenido durante la época {epoch} de {epochs}, después de %n épocas completas.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Stopped after %n epoch(s) of {epochs}.</source>
            <translation>
                <numerusform>Detenido después de %n época de {epochs}.</numerusform>
                <numerusform>Detenido después de %n épocas de {epochs}.</numerusform>
            </translation>
        </message>
        <message>
            <source>The loss became NaN at epoch {epoch}, batch {batch} — the learning rate {learning_rate:g} is probably too high; try one ten times smaller.</source>
            <translation>La pérdida se volvió NaN en la época {epoch}, lote {batch}: seguramente la tasa de aprendizaje {learning_rate:g} es demasiado alta; prueba con una diez veces más pequeña.</translation>
        </message>
        <message>
            <source>The loss became NaN at epoch {epoch}, batch {batch} — try a smaller learning rate, or scale the inputs (preprocessing).</source>
            <translation>La pérdida se volvió NaN en la época {epoch}, lote {batch}: prueba con una tasa de aprendizaje más pequeña o escala las entradas (preprocesamiento).</translation>
        </message>
        <message>
            <source>Training ran out of memory. Try a smaller batch size, fewer units, or fewer training examples.</source>
            <translation>El entrenamiento se quedó sin memoria. Prueba con un tamaño de lote más pequeño, menos neuronas o menos ejemplos de entrenamiento.</translation>
        </message>
        <message>
            <source>Training stopped because of an unexpected error ({kind}): {error}</source>
            <translation>El entrenamiento se detuvo por un error inesperado ({kind}): {error}</translation>
        </message>
    </context>
    <context>
        <name>TrainingProbe</name>
        <message>
            <source>The network trained no step, so there is nothing to time.</source>
            <extracomment>Seconds of steady training to time. Per delivery: how many epochs it ended.</extracomment>
            <translation>La red no ha entrenado ningún paso, así que no hay nada que cronometrar.</translation>
        </message>
    </context>
    <context>
        <name>TrainingProcess</name>
        <message>
            <source>That trained network is no longer loaded: the training process was restarted.</source>
            <extracomment>How much lower than the window the training process runs (Unix niceness). Which start of the training process it belongs to (a new process knows nothing of it).</extracomment>
            <translation>Esa red entrenada ya no está cargada: se reinició el proceso de entrenamiento.</translation>
        </message>
        <message>
            <source>The training process did not answer within {seconds} s.</source>
            <extracomment>Set when the process has TensorFlow loaded and waits for requests. Counts the starts of the process. The language the process is to speak (see :meth:`set_language`); None: the one the window speaks (:func:`~nnstudio.core.i18n.current_language`) when it is started.</extracomment>
            <translation>El proceso de entrenamiento no respondió en {seconds} s.</translation>
        </message>
        <message>
            <source>{file} did not give a network.</source>
            <translation>{file} no dio ninguna red.</translation>
        </message>
        <message>
            <source>The training process stopped unexpectedly (exit code {code}). It may have run out of memory: try a smaller network or batch size. Your project is unchanged; press Train to try again.</source>
            <translation>El proceso de entrenamiento se detuvo de forma inesperada (código de salida {code}). Puede que se haya quedado sin memoria: prueba con una red o un tamaño de lote más pequeños. Tu proyecto no ha cambiado; pulsa Entrenar para volver a intentarlo.</translation>
        </message>
        <message>
            <source>The training process stopped unexpectedly. It may have run out of memory: try a smaller network or batch size. Your project is unchanged; press Train to try again.</source>
            <translation>El proceso de entrenamiento se detuvo de forma inesperada. Puede que se haya quedado sin memoria: prueba con una red o un tamaño de lote más pequeños. Tu proyecto no ha cambiado; pulsa Entrenar para volver a intentarlo.</translation>
        </message>
        <message>
            <source>Something unexpected went wrong ({kind}): {error}</source>
            <extracomment>The data of the last run (or restore, or :meth:`prepare`), kept for the next one. The last run's compiled network, kept for the next run of the same network. The last run's starting weights, for a run asked to start the same.</extracomment>
            <translation>Ha ocurrido algo inesperado ({kind}): {error}</translation>
        </message>
        <message>
            <source>That trained network is no longer loaded: it was replaced by a newer run.</source>
            <translation>Esa red entrenada ya no está cargada: la sustituyó una ejecución más reciente.</translation>
        </message>
    </context>
    <context>
        <name>TrainingReplay</name>
        <message>
            <source>the start, before any training</source>
            <extracomment>The test examples whose answers are recorded at every moment (the test set's first ones). Moments within the first epoch, as shares of its batches (when it has at least 8). Epoch ends recorded at most; a longer run records this many, spread evenly. Bytes of weights a run may record in all. The network being trained (a function: the engine may swap in a kept one).</extracomment>
            <translation>el inicio, antes de entrenar nada</translation>
        </message>
        <message>
            <source>the end of epoch {epoch}</source>
            <translation>el final de la época {epoch}</translation>
        </message>
        <message>
            <source>{share:.0%} into epoch {epoch}</source>
            <translation>el {share:.0%} de la época {epoch}</translation>
        </message>
        <message>
            <source>The replay file {file} is missing.</source>
            <extracomment>A project's replay is written beside it as ``name.replay.npz`` (numpy's compressed format). The shape of one example as the network takes it (for laying out weight pictures). For data with two inputs: the plane shown and the examples on it (from the run's last decision boundary), so a saved replay draws the boundary too.</extracomment>
            <translation>Falta el archivo de repetición {file}.</translation>
        </message>
        <message>
            <source>The replay file {file} cannot be read: it is damaged or not a replay ({kind}).</source>
            <translation>No se puede leer el archivo de repetición {file}: está dañado o no es una repetición ({kind}).</translation>
        </message>
        <message>
            <source>The replay file {file} is not a complete replay (expected the moments' epochs, steps and arrays of matching lengths; {kind}: {error}).</source>
            <translation>El archivo de repetición {file} no es una repetición completa (se esperaban las épocas, los pasos y los arrays de los momentos, con longitudes que coincidan; {kind}: {error}).</translation>
        </message>
    </context>
    <context>
        <name>Validate</name>
        <message>
            <source>a whole number from {low} to {high}</source>
            <extracomment>Index into ``project.layers`` of the layer to highlight, if any. The setting to highlight, if any. One entry per layer; None where the shape could not be worked out. What a setting accepts; it follows "must be" in a problem, or "Allowed:" in a tooltip.</extracomment>
            <translation>un número entero de {low} a {high}</translation>
        </message>
        <message>
            <source>a number from {low} to {high}</source>
            <translation>un número de {low} a {high}</translation>
        </message>
        <message>
            <source>a whole number from {low} up to (but not including) {high}</source>
            <translation>un número entero desde {low} hasta {high} (sin incluirlo)</translation>
        </message>
        <message>
            <source>a number from {low} up to (but not including) {high}</source>
            <translation>un número desde {low} hasta {high} (sin incluirlo)</translation>
        </message>
        <message>
            <source>a whole number above {low} and at most {high}</source>
            <translation>un número entero mayor que {low} y como mucho {high}</translation>
        </message>
        <message>
            <source>a number above {low} and at most {high}</source>
            <translation>un número mayor que {low} y como mucho {high}</translation>
        </message>
        <message>
            <source>a whole number between {low} and {high}</source>
            <translation>un número entero entre {low} y {high}</translation>
        </message>
        <message>
            <source>a number between {low} and {high}</source>
            <translation>un número entre {low} y {high}</translation>
        </message>
        <message>
            <source>a whole number of at least {low}</source>
            <translation>un número entero de al menos {low}</translation>
        </message>
        <message>
            <source>a number of at least {low}</source>
            <translation>un número de al menos {low}</translation>
        </message>
        <message>
            <source>a whole number above {low}</source>
            <translation>un número entero mayor que {low}</translation>
        </message>
        <message>
            <source>a number above {low}</source>
            <translation>un número mayor que {low}</translation>
        </message>
        <message>
            <source>a whole number</source>
            <translation>un número entero</translation>
        </message>
        <message>
            <source>a number</source>
            <translation>un número</translation>
        </message>
        <message>
            <source>true or false</source>
            <translation>verdadero o falso</translation>
        </message>
        <message>
            <source>one of: {choices}</source>
            <translation>uno de estos: {choices}</translation>
        </message>
        <message>
            <source>a list of whole numbers of at least 1, one of which may be -1 to take the rest, such as 28, 28, 1</source>
            <translation>una lista de números enteros de al menos 1, uno de los cuales puede ser -1 para completar el resto, como 28, 28, 1</translation>
        </message>
        <message>
            <source>a list of whole numbers of at least 1, such as 28, 28, 1</source>
            <translation>una lista de números enteros de al menos 1, como 28, 28, 1</translation>
        </message>
        <message>
            <source>text</source>
            <translation>texto</translation>
        </message>
        <message>
            <source>{allowed}, or empty for '{none}'</source>
            <extracomment>{allowed}: what the setting accepts ("a whole number of at least 1"); {none}: what an empty setting means ("from the data").</extracomment>
            <translation>{allowed}, o vacío para '{none}'</translation>
        </message>
        <message>
            <source>{where}: {setting} must be {allowed}. Received: {name}={value}.</source>
            <extracomment>{where}: the layer's title or the section ("Layer 3 (Dense)", "Data"); {setting}: the setting's label; {allowed}: what it accepts; {name}={value} stays as it is (the setting's Keras name and the value received).</extracomment>
            <translation>{where}: el valor de {setting} debe ser {allowed}. Se recibió: {name}={value}.</translation>
        </message>
        <message>
            <source>The network is empty: add an Input layer, then at least one Dense layer.</source>
            <translation>La red está vacía: añade una capa Input y después al menos una capa Dense.</translation>
        </message>
        <message>
            <source>{layer}: a name may use letters, digits, '_', '-' and '.', up to 64 of them. Received: name={name}.</source>
            <translation>{layer}: un nombre puede usar letras, dígitos, '_', '-' y '.', hasta 64 caracteres. Se recibió: name={name}.</translation>
        </message>
        <message>
            <source>{layer}: the name {name} is already used by layer {other}. Expected a name of its own.</source>
            <translation>{layer}: el nombre {name} ya lo usa la capa {other}. Se esperaba un nombre propio.</translation>
        </message>
        <message>
            <source>{layer}: only the first layer can be an Input layer. Remove this one or move it to the top.</source>
            <translation>{layer}: solo la primera capa puede ser una capa Input. Quita esta o muévela arriba del todo.</translation>
        </message>
        <message>
            <source>{layer}: the first layer must be an Input layer, which says what one example looks like. Add an Input layer at the top.</source>
            <translation>{layer}: la primera capa tiene que ser una capa Input, que dice cómo es un ejemplo. Añade una capa Input arriba del todo.</translation>
        </message>
        <message>
            <source>{layer}: {problem}</source>
            <extracomment>{problem}: a sentence from the "Shapes" context, in lower case ("its kernel of 5x5 ...").</extracomment>
            <translation>{layer}: {problem}</translation>
        </message>
        <message>
            <source>{layer}: its output would have no size left {shape}. Use a smaller window or padding 'same'.</source>
            <translation>{layer}: su salida se quedaría sin tamaño {shape}. Usa una ventana más pequeña o el relleno 'same'.</translation>
        </message>
        <message>
            <source>The network has no layer that learns: add a {first} (or {others}) layer, or there is nothing to train.</source>
            <translation>La red no tiene ninguna capa que aprenda: añade una capa {first} (o {others}); si no, no hay nada que entrenar.</translation>
        </message>
        <message>
            <source>{layer}: the data gives examples of shape {data_shape}, but the Input layer expects {declared}. Set the shape to {values}, or leave it empty to take it from the data.</source>
            <translation>{layer}: los datos dan ejemplos de forma {data_shape}, pero la capa Input espera {declared}. Pon la forma {values} o déjala vacía para tomarla de los datos.</translation>
        </message>
        <message>
            <source>The network's output has shape {shape}, but each example needs one row of class scores. Add a Flatten layer before the last Dense layer.</source>
            <translation>La salida de la red tiene forma {shape}, pero cada ejemplo necesita una sola fila de puntuaciones por clase. Añade una capa Flatten antes de la última capa Dense.</translation>
        </message>
        <message>
            <source>{layer}: the output layer has {units}, but the data has {classes} ({names}). Expected {expected}, or 1 sigmoid unit for a yes/no answer.</source>
            <translation>{layer}: la capa de salida tiene {units}, pero los datos tienen {classes} ({names}). Debería tener {expected}, o 1 neurona sigmoid para una respuesta de sí o no.</translation>
        </message>
        <message>
            <source>{layer}: the output layer has {units}, but the data has {classes} ({names}). Expected {expected}.</source>
            <translation>{layer}: la capa de salida tiene {units}, pero los datos tienen {classes} ({names}). Debería tener {expected}.</translation>
        </message>
        <message numerus="yes">
            <source>%n unit(s)</source>
            <translation>
                <numerusform>%n neurona</numerusform>
                <numerusform>%n neuronas</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n class(es)</source>
            <translation>
                <numerusform>%n clase</numerusform>
                <numerusform>%n clases</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n unit(s), one per class</source>
            <translation>
                <numerusform>%n neurona, una por clase</numerusform>
                <numerusform>%n neuronas, una por clase</numerusform>
            </translation>
        </message>
        <message>
            <source>{layer}: softmax on a single unit always outputs 1, so the network cannot learn anything. Use sigmoid for one yes/no output, or give the output 2 units with softmax.</source>
            <translation>{layer}: softmax en una sola neurona siempre da 1, así que la red no puede aprender nada. Usa sigmoid para una única salida de sí o no, o dale a la salida 2 neuronas con softmax.</translation>
        </message>
        <message numerus="yes">
            <source>Binary cross-entropy scores a single yes/no answer, but the output layer has %n unit(s) that share one softmax. Use categorical cross-entropy for %n class(es), or one sigmoid unit.</source>
            <translation>
                <numerusform>La entropía cruzada binaria puntúa una única respuesta de sí o no, pero la capa de salida tiene %n neurona con un softmax. Usa la entropía cruzada categórica para %n clase, o una sola neurona sigmoid.</numerusform>
                <numerusform>La entropía cruzada binaria puntúa una única respuesta de sí o no, pero la capa de salida tiene %n neuronas que comparten un softmax. Usa la entropía cruzada categórica para %n clases, o una sola neurona sigmoid.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Binary cross-entropy scores a single yes/no answer, but the output layer has %n unit(s). Use categorical cross-entropy for %n class(es), or one sigmoid unit.</source>
            <translation>
                <numerusform>La entropía cruzada binaria puntúa una única respuesta de sí o no, pero la capa de salida tiene %n neurona. Usa la entropía cruzada categórica para %n clase, o una sola neurona sigmoid.</numerusform>
                <numerusform>La entropía cruzada binaria puntúa una única respuesta de sí o no, pero la capa de salida tiene %n neuronas. Usa la entropía cruzada categórica para %n clases, o una sola neurona sigmoid.</numerusform>
            </translation>
        </message>
        <message>
            <source>{loss} needs one output unit per class, but the output layer has 1 unit. Use binary cross-entropy with a sigmoid unit, or give the output one unit per class with softmax.</source>
            <translation>{loss} necesita una neurona de salida por clase, pero la capa de salida tiene 1 neurona. Usa la entropía cruzada binaria con una neurona sigmoid, o dale a la salida una neurona por clase con softmax.</translation>
        </message>
        <message>
            <source>{layer}: {loss} expects probabilities that sum to 1, but the last activation is {activation}. Expected softmax on the output layer.</source>
            <translation>{layer}: {loss} espera probabilidades que sumen 1, pero la última activación es {activation}. Se esperaba softmax en la capa de salida.</translation>
        </message>
        <message>
            <source>none</source>
            <comment>no activation</comment>
            <translation>ninguna</translation>
        </message>
        <message>
            <source>{layer}: binary cross-entropy expects a probability between 0 and 1, but the last activation is {activation}. Expected sigmoid on the output unit.</source>
            <translation>{layer}: la entropía cruzada binaria espera una probabilidad entre 0 y 1, pero la última activación es {activation}. Se esperaba sigmoid en la neurona de salida.</translation>
        </message>
        <message>
            <source>one-hot rows</source>
            <translation>filas one-hot</translation>
        </message>
        <message>
            <source>class numbers</source>
            <translation>números de clase</translation>
        </message>
        <message>
            <source>single 0/1 answers</source>
            <translation>respuestas únicas de 0 o 1</translation>
        </message>
        <message>
            <source>The metric {metric} needs labels as {needed}, but with this loss and output the labels are {actual}. Use 'accuracy', which adapts to the loss.</source>
            <translation>La métrica {metric} necesita las etiquetas como {needed}, pero con esta pérdida y esta salida las etiquetas son {actual}. Usa 'accuracy', que se adapta a la pérdida.</translation>
        </message>
        <message>
            <source>The loss must be one of: {choices}. Received: {received}.</source>
            <translation>La pérdida tiene que ser una de estas: {choices}. Se recibió: {received}.</translation>
        </message>
        <message>
            <source>The optimizer must be one of: {choices}. Received: {received}.</source>
            <translation>El optimizador tiene que ser uno de estos: {choices}. Se recibió: {received}.</translation>
        </message>
        <message>
            <source>Optimizer {optimizer}</source>
            <extracomment>Where a problem is, before a colon: "Optimizer Adam: learning rate must be ...".</extracomment>
            <translation>Optimizador {optimizer}</translation>
        </message>
        <message>
            <source>The metric must be one of: {choices}. Received: {received}.</source>
            <translation>La métrica tiene que ser una de estas: {choices}. Se recibió: {received}.</translation>
        </message>
        <message>
            <source>The dataset must be one of: {choices}. Received: {received}.</source>
            <translation>El conjunto de datos tiene que ser uno de estos: {choices}. Se recibió: {received}.</translation>
        </message>
        <message>
            <source>Choose a file for {dataset}.</source>
            <translation>Elige un archivo para {dataset}.</translation>
        </message>
        <message>
            <source>Choose which column of the CSV file holds the label.</source>
            <translation>Elige qué columna del archivo CSV contiene la etiqueta.</translation>
        </message>
        <message>
            <source>The preprocessing must be one of: {choices}. Received: {received}.</source>
            <translation>El preprocesamiento tiene que ser uno de estos: {choices}. Se recibió: {received}.</translation>
        </message>
        <message>
            <source>Data</source>
            <extracomment>Where a problem is, before a colon: "Data: validation share must be ...".</extracomment>
            <translation>Datos</translation>
        </message>
        <message>
            <source>Training</source>
            <translation>Entrenamiento</translation>
        </message>
    </context>
    <context>
        <name>VerifyExport</name>
        <message>
            <source>{folder} is not an exported project folder: expected one Python script in it, found {count}.</source>
            <extracomment>What the exported script prints when the short run got through (training.run_exported). These three are read back from the output, so they stay in English whatever the language. What the network guard's error says (found in the output: a download was tried). One sentence for the student. What the script printed (its output and errors), for a closer look.</extracomment>
            <translation>{folder} no es una carpeta de proyecto exportado: se esperaba un script de Python dentro, pero se encontraron {count}.</translation>
        </message>
        <message>
            <source>{script} did not finish within {seconds:.0f} seconds.</source>
            <translation>{script} no terminó en {seconds:.0f} segundos.</translation>
        </message>
        <message>
            <source>{script} ran offline from a copy of the folder: it read its data, trained one short epoch and tested ({seconds:.0f} s).</source>
            <translation>{script} se ejecutó sin conexión desde una copia de la carpeta: leyó sus datos, entrenó una época corta e hizo la prueba ({seconds:.0f} s).</translation>
        </message>
        <message>
            <source>{script} tried to download something instead of reading its data from the folder, so it would not run offline.</source>
            <translation>{script} intentó descargar algo en lugar de leer sus datos de la carpeta, así que no funcionaría sin conexión.</translation>
        </message>
        <message>
            <source>no output</source>
            <translation>sin salida</translation>
        </message>
        <message>
            <source>{script} failed when run on its own (exit {code}): {error}</source>
            <translation>{script} falló al ejecutarse por sí solo (código de salida {code}): {error}</translation>
        </message>
        <message>
            <source>{script} is not a Python file</source>
            <translation>{script} no es un archivo de Python</translation>
        </message>
        <message numerus="yes">
            <source>{train} training and {test} test examples read; training on the first {first} for %n epoch(s)</source>
            <translation>
                <numerusform>{train} ejemplos de entrenamiento y {test} de prueba leídos; entrenando con los primeros {first} durante %n época</numerusform>
                <numerusform>{train} ejemplos de entrenamiento y {test} de prueba leídos; entrenando con los primeros {first} durante %n épocas</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Window</name>
        <message>
            <source>nnstudio projects (*.nnproj);;All files (*)</source>
            <extracomment>From this width of the screen's free area on (logical pixels), the layer palette and the stack sit side by side; below it, one above the other. Room a dock's tab takes beyond its title's text (margins and frame), in pixels. The layer stack's (and palette's) narrowest first width, when longer words need the room. Room left for the window's title bar when the first size is chosen. File dialogs' filters (translated where used: ``translate("Window", PROJECT_FILTER)``).</extracomment>
            <translation>Proyectos de nnstudio (*.nnproj);;Todos los archivos (*)</translation>
        </message>
        <message>
            <source>nnstudio lessons (*.nnlesson);;All files (*)</source>
            <translation>Lecciones de nnstudio (*.nnlesson);;Todos los archivos (*)</translation>
        </message>
        <message>
            <source>First answer the lesson's question, then train.</source>
            <extracomment>Emitted when a run is about to start (passed on from the training controller). The training process (TensorFlow lives there, never in the window's process). "about 38 s to train here", once the Analysis tab has measured it. The run whose replay the Training tab holds (saved beside the project with it). Whether the docks got their first sizes, and whether a saved layout was restored. A run's results, shown when the Results tab is first looked at. A run's network, followed when the Inside tab is first looked at.</extracomment>
            <translation>Primero responde a la pregunta de la lección y luego entrena.</translation>
        </message>
        <message>
            <source>Stop</source>
            <translation>Detener</translation>
        </message>
        <message>
            <source>Train</source>
            <translation>Entrenar</translation>
        </message>
        <message>
            <source>Stop after the current batch, keeping what was learned</source>
            <translation>Detener después del lote actual, conservando lo aprendido</translation>
        </message>
        <message>
            <source>Train this network on its data</source>
            <translation>Entrenar esta red con sus datos</translation>
        </message>
        <message>
            <source>Cannot train yet: {reason}</source>
            <translation>Todavía no se puede entrenar: {reason}</translation>
        </message>
        <message>
            <source>Resume</source>
            <translation>Reanudar</translation>
        </message>
        <message>
            <source>Pause</source>
            <translation>Pausar</translation>
        </message>
        <message>
            <source>Training… draw here once it has finished.</source>
            <translation>Entrenando… dibuja aquí cuando haya terminado.</translation>
        </message>
        <message>
            <source>Training… look inside the network once it has finished.</source>
            <translation>Entrenando… mira dentro de la red cuando haya terminado.</translation>
        </message>
        <message>
            <source>The project is saved, but its replay could not be written ({error}).</source>
            <translation>El proyecto se ha guardado, pero no se ha podido escribir su repetición ({error}).</translation>
        </message>
        <message>
            <source>{error} The curves are shown without it.</source>
            <translation>{error} Las curvas se muestran sin ella.</translation>
        </message>
        <message>
            <source>This run did not leave a network to ask; train again, then draw here.</source>
            <translation>Esta ejecución no ha dejado ninguna red a la que preguntar; vuelve a entrenar y luego dibuja aquí.</translation>
        </message>
        <message>
            <source>This run did not leave a network to look inside; train again, then look here.</source>
            <translation>Esta ejecución no ha dejado ninguna red que mirar por dentro; vuelve a entrenar y luego mira aquí.</translation>
        </message>
        <message>
            <source>Neuron {number}: once training has finished, clicking it shows its arithmetic in the Inside tab.</source>
            <translation>Neurona {number}: cuando termine el entrenamiento, haz clic en ella para ver sus cuentas en la pestaña Por dentro.</translation>
        </message>
        <message>
            <source>Layer palette</source>
            <translation>Paleta de capas</translation>
        </message>
        <message>
            <source>Layer stack</source>
            <translation>Pila de capas</translation>
        </message>
        <message>
            <source>Lesson</source>
            <translation>Lección</translation>
        </message>
        <message>
            <source>Layer settings</source>
            <translation>Ajustes de capa</translation>
        </message>
        <message>
            <source>Loss and optimizer</source>
            <translation>Pérdida y optimizador</translation>
        </message>
        <message>
            <source>Data</source>
            <translation>Datos</translation>
        </message>
        <message>
            <source>Training</source>
            <translation>Entrenamiento</translation>
        </message>
        <message>
            <source>Problems</source>
            <translation>Problemas</translation>
        </message>
        <message>
            <source>Analysis</source>
            <translation>Análisis</translation>
        </message>
        <message>
            <source>Keras code</source>
            <translation>Código Keras</translation>
        </message>
        <message>
            <source>Data preview</source>
            <translation>Vista previa de los datos</translation>
        </message>
        <message>
            <source>Hold training after the current batch, to look closely</source>
            <translation>Pausar el entrenamiento después del lote actual, para mirarlo con calma</translation>
        </message>
        <message>
            <source>Same start as the last run</source>
            <translation>Mismo inicio que la última ejecución</translation>
        </message>
        <message>
            <source>Train from the starting weights of the last run, for every layer you did not change, so that your change is the only difference between the two runs. A layer whose size changed (and the one after it) starts new.</source>
            <translation>Entrenar con los pesos iniciales de la última ejecución en todas las capas que no hayas cambiado, para que tu cambio sea la única diferencia entre las dos ejecuciones. Una capa cuyo tamaño haya cambiado (y la que va después) empieza de nuevo.</translation>
        </message>
        <message>
            <source>Network</source>
            <translation>Red</translation>
        </message>
        <message>
            <source>Runs</source>
            <translation>Ejecuciones</translation>
        </message>
        <message>
            <source>Compare the runs kept with the project, and go back to one</source>
            <translation>Comparar las ejecuciones guardadas con el proyecto y volver a una de ellas</translation>
        </message>
        <message>
            <source>Results</source>
            <translation>Resultados</translation>
        </message>
        <message>
            <source>Draw a digit</source>
            <translation>Dibujar un dígito</translation>
        </message>
        <message>
            <source>Inside</source>
            <translation>Por dentro</translation>
        </message>
        <message>
            <source>Follow one example through the trained network, down to a neuron's arithmetic</source>
            <translation>Seguir un ejemplo a través de la red entrenada, hasta las cuentas de una neurona</translation>
        </message>
        <message>
            <source>&amp;New empty network</source>
            <extracomment>The panels' layout while another tab than Network hides them.</extracomment>
            <translation>&amp;Nueva red vacía</translation>
        </message>
        <message>
            <source>Start from an empty layer stack</source>
            <translation>Empezar con una pila de capas vacía</translation>
        </message>
        <message>
            <source>&amp;Open…</source>
            <translation>&amp;Abrir…</translation>
        </message>
        <message>
            <source>&amp;Save</source>
            <translation>&amp;Guardar</translation>
        </message>
        <message>
            <source>Save &amp;As…</source>
            <translation>Guardar &amp;como…</translation>
        </message>
        <message>
            <source>Export Keras &amp;script…</source>
            <translation>Exportar script de &amp;Keras…</translation>
        </message>
        <message>
            <source>Write a Python script that builds and trains this network with Keras</source>
            <translation>Escribir un script de Python que construye y entrena esta red con Keras</translation>
        </message>
        <message>
            <source>Export Jupyter &amp;notebook…</source>
            <translation>Exportar cuaderno de &amp;Jupyter…</translation>
        </message>
        <message>
            <source>&amp;Import network…</source>
            <translation>&amp;Importar red…</translation>
        </message>
        <message>
            <source>Put a network from a .keras file, a Keras script or a notebook on the canvas</source>
            <translation>Poner en el lienzo una red de un archivo .keras, de un script de Keras o de un cuaderno</translation>
        </message>
        <message>
            <source>Export project &amp;folder…</source>
            <translation>Exportar carpe&amp;ta del proyecto…</translation>
        </message>
        <message>
            <source>A folder with the script, the notebook, the data and requirements.txt, ready to copy to another computer and run offline</source>
            <translation>Una carpeta con el script, el cuaderno, los datos y requirements.txt, lista para copiarla en otro ordenador y ejecutarla sin conexión</translation>
        </message>
        <message>
            <source>Save trained &amp;model…</source>
            <translation>Guardar &amp;modelo entrenado…</translation>
        </message>
        <message>
            <source>Save the trained network as a Keras .keras file (keras.models.load_model reads it)</source>
            <translation>Guardar la red entrenada como archivo .keras de Keras (keras.models.load_model puede leerlo)</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;Salir</translation>
        </message>
        <message>
            <source>&amp;Undo</source>
            <translation>&amp;Deshacer</translation>
        </message>
        <message>
            <source>&amp;Redo</source>
            <translation>&amp;Rehacer</translation>
        </message>
        <message>
            <source>&amp;About nnstudio</source>
            <translation>&amp;Acerca de nnstudio</translation>
        </message>
        <message>
            <source>Open &amp;log folder</source>
            <translation>Abrir carpeta de &amp;registros</translation>
        </message>
        <message>
            <source>&amp;Reset layout</source>
            <translation>&amp;Restablecer la disposición</translation>
        </message>
        <message>
            <source>&amp;Presentation</source>
            <translation>&amp;Presentación</translation>
        </message>
        <message>
            <source>Full screen, larger text, thicker lines and bigger markers, for a projector</source>
            <translation>Pantalla completa, texto más grande, líneas más gruesas y marcadores más grandes, para un proyector</translation>
        </message>
        <message>
            <source>&amp;Start page…</source>
            <translation>Página de &amp;inicio…</translation>
        </message>
        <message>
            <source>The built-in lessons and challenges, with their level and minutes</source>
            <translation>Las lecciones y retos incluidos, con su nivel y sus minutos</translation>
        </message>
        <message>
            <source>Open &amp;lesson…</source>
            <translation>Abrir &amp;lección…</translation>
        </message>
        <message>
            <source>Start a lesson or a challenge from a teacher's .nnlesson file</source>
            <translation>Empezar una lección o un reto desde un archivo .nnlesson de un profesor</translation>
        </message>
        <message>
            <source>&amp;Continue the lesson</source>
            <translation>&amp;Continuar la lección</translation>
        </message>
        <message>
            <source>Show the lesson this project belongs to again</source>
            <translation>Volver a mostrar la lección a la que pertenece este proyecto</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>&amp;Archivo</translation>
        </message>
        <message>
            <source>New from &amp;template</source>
            <translation>Nuevo desde &amp;plantilla</translation>
        </message>
        <message>
            <source>Open &amp;recent</source>
            <translation>Abrir &amp;reciente</translation>
        </message>
        <message>
            <source>&amp;Edit</source>
            <translation>&amp;Editar</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>&amp;Ver</translation>
        </message>
        <message>
            <source>&amp;Text size</source>
            <translation>Tamaño del &amp;texto</translation>
        </message>
        <message>
            <source>&amp;Learn</source>
            <translation>A&amp;prender</translation>
        </message>
        <message>
            <source>{lesson} ({minutes} min)</source>
            <translation>{lesson} ({minutes} min)</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>A&amp;yuda</translation>
        </message>
        <message>
            <source>not saved yet</source>
            <translation>sin guardar todavía</translation>
        </message>
        <message>
            <source>{project} ({where})[*] — nnstudio</source>
            <translation>{project} ({where})[*] — nnstudio</translation>
        </message>
        <message>
            <source>{total:,} weights and biases to learn, {expected_time}</source>
            <translation>{total:,} pesos y sesgos que aprender, {expected_time}</translation>
        </message>
        <message>
            <source>{total:,} weights and biases to learn</source>
            <translation>{total:,} pesos y sesgos que aprender</translation>
        </message>
        <message>
            <source>{total:,} weights and biases so far (some shapes unknown)</source>
            <translation>{total:,} pesos y sesgos por ahora (algunas formas son desconocidas)</translation>
        </message>
        <message>
            <source>&amp;Colours</source>
            <translation>&amp;Colores</translation>
        </message>
        <message>
            <source>&amp;Language</source>
            <translation>&amp;Idioma</translation>
        </message>
        <message>
            <source>As the computer (system)</source>
            <translation>Igual que el ordenador (sistema)</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Idioma</translation>
        </message>
        <message>
            <source>The language can change when this run has ended. Stop it or let it finish, then choose the language again.</source>
            <translation>El idioma se podrá cambiar cuando termine esta ejecución. Detenla o deja que termine y luego vuelve a elegir el idioma.</translation>
        </message>
        <message>
            <source>Presentation: press F11 or Esc to end it.</source>
            <translation>Presentación: pulsa F11 o Esc para salir.</translation>
        </message>
        <message>
            <source>The lesson kept in this project cannot be read; the project opens without it.</source>
            <translation>No se puede leer la lección guardada en este proyecto; el proyecto se abre sin ella.</translation>
        </message>
        <message>
            <source>This project was made in the lesson “{title}”, which this nnstudio does not have.</source>
            <translation>Este proyecto se hizo en la lección «{title}», que esta versión de nnstudio no tiene.</translation>
        </message>
        <message>
            <source>Lesson: {title}. Read the Lesson panel.</source>
            <translation>Lección: {title}. Lee el panel Lección.</translation>
        </message>
        <message>
            <source>Open a lesson</source>
            <translation>Abrir una lección</translation>
        </message>
        <message>
            <source>Cannot open the lesson</source>
            <translation>No se puede abrir la lección</translation>
        </message>
        <message>
            <source>Unsaved changes</source>
            <translation>Cambios sin guardar</translation>
        </message>
        <message>
            <source>Save the changes to “{project}” first?</source>
            <translation>¿Quieres guardar primero los cambios de «{project}»?</translation>
        </message>
        <message>
            <source>Untitled</source>
            <translation>Sin título</translation>
        </message>
        <message>
            <source>Open a project</source>
            <translation>Abrir un proyecto</translation>
        </message>
        <message>
            <source>Cannot open the project</source>
            <translation>No se puede abrir el proyecto</translation>
        </message>
        <message>
            <source>Save the project</source>
            <translation>Guardar el proyecto</translation>
        </message>
        <message>
            <source>Cannot save the project</source>
            <translation>No se puede guardar el proyecto</translation>
        </message>
        <message>
            <source>Saved {file}</source>
            <translation>Se ha guardado {file}</translation>
        </message>
        <message>
            <source>Save the trained network</source>
            <translation>Guardar la red entrenada</translation>
        </message>
        <message>
            <source>Keras models (*.keras)</source>
            <translation>Modelos de Keras (*.keras)</translation>
        </message>
        <message>
            <source>Jupyter notebook (*.ipynb)</source>
            <translation>Cuaderno de Jupyter (*.ipynb)</translation>
        </message>
        <message>
            <source>Python script (*.py)</source>
            <translation>Script de Python (*.py)</translation>
        </message>
        <message>
            <source>Export Keras code</source>
            <translation>Exportar código Keras</translation>
        </message>
        <message>
            <source>Cannot export</source>
            <translation>No se puede exportar</translation>
        </message>
        <message>
            <source>Exported {path}</source>
            <translation>Se ha exportado {path}</translation>
        </message>
        <message>
            <source>Import a network</source>
            <translation>Importar una red</translation>
        </message>
        <message>
            <source>Keras networks (*.keras *.py *.ipynb);;All files (*)</source>
            <translation>Redes de Keras (*.keras *.py *.ipynb);;Todos los archivos (*)</translation>
        </message>
        <message>
            <source>Nothing imported</source>
            <translation>No se ha importado nada</translation>
        </message>
        <message>
            <source>Imported {file}. {notes}</source>
            <translation>Se ha importado {file}. {notes}</translation>
        </message>
        <message>
            <source>Imported {file}.</source>
            <translation>Se ha importado {file}.</translation>
        </message>
        <message>
            <source>Export the project folder into…</source>
            <translation>Exportar la carpeta del proyecto en…</translation>
        </message>
        <message>
            <source>No recent projects</source>
            <translation>No hay proyectos recientes</translation>
        </message>
        <message>
            <source>About nnstudio</source>
            <translation>Acerca de nnstudio</translation>
        </message>
        <message>
            <source>&lt;p&gt;Learn neural networks by building them.&lt;/p&gt;</source>
            <translation>&lt;p&gt;Aprende redes neuronales construyéndolas.&lt;/p&gt;</translation>
        </message>
        <message>
            <source>&lt;p&gt;The MNIST database of handwritten digits is by Yann LeCun and Corinna Cortes (with Christopher J.C. Burges), made available under the Creative Commons Attribution-Share Alike 3.0 licence (CC BY-SA 3.0); a copy ships with nnstudio.&lt;/p&gt;</source>
            <translation>&lt;p&gt;La base de datos MNIST de dígitos manuscritos es obra de Yann LeCun y Corinna Cortes (con Christopher J.C. Burges) y se distribuye con la licencia Creative Commons Reconocimiento-CompartirIgual 3.0 (CC BY-SA 3.0); nnstudio incluye una copia.&lt;/p&gt;</translation>
        </message>
        <message>
            <source>&lt;p&gt;Built with Qt (PySide6), pyqtgraph, numpy, TensorFlow and Keras.&lt;/p&gt;</source>
            <translation>&lt;p&gt;Hecho con Qt (PySide6), pyqtgraph, numpy, TensorFlow y Keras.&lt;/p&gt;</translation>
        </message>
        <message>
            <source>&lt;p&gt;Settings and logs: {folder}&lt;/p&gt;</source>
            <translation>&lt;p&gt;Ajustes y registros: {folder}&lt;/p&gt;</translation>
        </message>
    </context>
</TS>
