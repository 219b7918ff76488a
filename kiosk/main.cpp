#include "app/run.h"
#include "platform/console.h"

int main(int argc, char** argv)
{
    checkin::platform::AttachParentConsole();
    return checkin::app::RunMain(argc, argv);
}
